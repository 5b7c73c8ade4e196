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
import { locale, t } from '../../i18n';
import { routes } from '../../routes';
import { absoluteUrl, site, siteUrl } from '../../site';
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

const home: Crumb = { name: t.nav.home, path: routes.home() };
const speakersCrumb: Crumb = { name: t.speaker.indexTitle, path: routes.speakers() };

function websiteNode(): WebSite {
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
    '@id': ids.website(),
    url: `${siteUrl}/`,
    name: site.name,
    description: site.tagline,
    inLanguage: locale,
    potentialAction: search,
  };
}

/** The site, the organizers and the latest event it shows. */
export function homeGraph(event: EventView | undefined): Graph {
  if (!event) return graph([websiteNode()]);
  return graph([websiteNode(), ...event.organizers.map(organizerNode), eventNode(event)]);
}

export const eventGraph = (event: EventView): Graph =>
  graph([eventNode(event), breadcrumbNode([home, { name: event.title, path: event.url }])]);

export const sessionGraph = (
  session: SessionView,
  dates: ContentDatesLookup = contentDates,
): Graph =>
  graph([
    sessionWithEventNode(session),
    recapNode(session, dates(session.sourcePath)),
    ...[recordingNode(session)].filter((node) => node !== undefined),
    breadcrumbNode([
      home,
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
    inLanguage: locale,
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
    breadcrumbNode([home, speakersCrumb, { name: speaker.name, path: speaker.url }]),
  ]);
}

export function speakersIndexGraph(speakers: SpeakerRef[]): Graph {
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
  return graph([page, breadcrumbNode([home, speakersCrumb])]);
}
