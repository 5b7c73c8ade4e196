import type {
  CollectionPage,
  Graph,
  ProfilePage,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import type { EventView, SessionView, SpeakerRef, SpeakerView } from '../../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../../i18n';
import { routesFor } from '../../routes';
import { absoluteUrl, siteFor } from '../../site';
import { contentDates, type ContentDatesLookup } from '../content-dates';
import { speakerDescription } from '../descriptions';
import {
  breadcrumbNode,
  eventNode,
  ids,
  organizerNode,
  personNode,
  recapNode,
  recordingNode,
  sessionWithEventNode,
  type Crumb,
} from './nodes';

// One JSON-LD graph per page, built from the same view its route renders.

const graph = (nodes: Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': nodes });

const home = (locale: Locale): Crumb => ({ name: dictionary(locale).nav.home, path: routesFor(locale).home() });
const speakersCrumb = (locale: Locale): Crumb => ({
  name: dictionary(locale).speaker.indexTitle,
  path: routesFor(locale).speakers(),
});

/** The edition's site: the English one is its own WebSite, in English, with its own search. */
function websiteNode(locale: Locale): WebSite {
  const routes = routesFor(locale);
  const site = siteFor(locale);
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    // Braces stay literal: the placeholder is filled in by the search engine, not a URL to resolve.
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(routes.search())}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': ids.website(locale),
    url: absoluteUrl(routes.home()),
    name: site.name,
    description: site.tagline,
    inLanguage: locale,
    potentialAction: search,
  };
}

/** The site, the organizers and the latest event it shows. */
export function homeGraph(event: EventView | undefined, locale: Locale = DEFAULT_LOCALE): Graph {
  if (!event) return graph([websiteNode(locale)]);
  return graph([websiteNode(locale), ...event.organizers.map(organizerNode), eventNode(event)]);
}

export const eventGraph = (event: EventView): Graph =>
  graph([eventNode(event), breadcrumbNode([home(event.edition), { name: event.title, path: event.url }])]);

export const sessionGraph = (
  session: SessionView,
  dates: ContentDatesLookup = contentDates,
): Graph =>
  graph([
    sessionWithEventNode(session),
    recapNode(session, dates(session.sourcePath)),
    ...[recordingNode(session)].filter((node) => node !== undefined),
    breadcrumbNode([
      home(session.edition),
      { name: session.event.title, path: session.event.url },
      { name: session.title, path: session.url },
    ]),
  ]);

export function speakerGraph(
  speaker: SpeakerView,
  dates: ContentDatesLookup = contentDates,
): Graph {
  const file = dates(speaker.sourcePath);
  const sameAs = speaker.links.map((link) => link.url);
  const profile: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': ids.page(speaker.url),
    url: absoluteUrl(speaker.url),
    name: speaker.name,
    inLanguage: speaker.contentLocale,
    ...(file ? { dateCreated: file.published, dateModified: file.modified } : {}),
    mainEntity: {
      ...personNode(speaker),
      description: speakerDescription(speaker),
      ...(sameAs.length > 0 ? { sameAs } : {}),
    },
    breadcrumb: { '@id': ids.breadcrumb(speaker.url) },
  };
  return graph([
    profile,
    breadcrumbNode([home(speaker.edition), speakersCrumb(speaker.edition), { name: speaker.name, path: speaker.url }]),
  ]);
}

export function speakersIndexGraph(speakers: SpeakerRef[], locale: Locale = DEFAULT_LOCALE): Graph {
  const routes = routesFor(locale);
  const t = dictionary(locale);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': ids.page(routes.speakers()),
    url: absoluteUrl(routes.speakers()),
    name: t.speaker.indexTitle,
    description: t.speaker.indexIntro(speakers.length),
    inLanguage: locale,
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: speakers.map((speaker, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: personNode(speaker),
      })),
    },
    breadcrumb: { '@id': ids.breadcrumb(routes.speakers()) },
  };
  return graph([page, breadcrumbNode([home(locale), speakersCrumb(locale)])]);
}
