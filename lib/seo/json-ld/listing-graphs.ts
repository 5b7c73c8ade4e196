import type { Graph } from 'schema-dts';
import type { EventsPage, SpeakersPage } from '../../content/types';
import { dictionary, type Locale } from '../../i18n';
import { routesFor } from '../../routes';
import { eventsDescription, eventsTitle, speakersListingTitle } from '../descriptions';
import { collection, itemList } from './topic-graphs';

/** /events and its filtered pages: the events listed, each pointing at its own page. */
export function eventsGraph(page: EventsPage, locale: Locale): Graph {
  const routes = routesFor(locale);
  const t = dictionary(locale);
  const title = eventsTitle(page, locale);
  const crumbs = [
    { name: t.nav.home, path: routes.home() },
    { name: t.archive.title, path: routes.events() },
    ...(page.filter ? [{ name: title, path: page.url }] : []),
  ];
  const events = page.years.flatMap((year) => year.events).map((event) => ({ name: event.title, url: event.url }));
  return collection(locale, page.url, title, eventsDescription(page, locale), itemList(events), crumbs);
}

/** A split roster: /speakers lists the letters' pages, a letter's page lists its speakers. */
export function speakersListingGraph(page: SpeakersPage, locale: Locale): Graph {
  const routes = routesFor(locale);
  const t = dictionary(locale);
  const title = speakersListingTitle(page, locale);
  const items = page.letter
    ? page.speakers.map((speaker) => ({ name: speaker.name, url: speaker.url }))
    : page.jumpBar.map((link) => ({ name: t.speaker.letterTitle(link.label), url: link.url }));
  const crumbs = [
    { name: t.nav.home, path: routes.home() },
    { name: t.speaker.indexTitle, path: routes.speakers() },
    ...(page.letter ? [{ name: title, path: page.url }] : []),
  ];
  const description = page.letter ? t.speaker.letterIntro(page.speakers.length, page.letter) : t.speaker.byLetterIntro(page.speakerCount);
  return collection(locale, page.url, title, description, itemList(items), crumbs);
}
