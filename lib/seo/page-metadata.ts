import type { Metadata } from 'next';
import type { EventsPage, EventView, SessionView, SpeakerRef, SpeakersPage, SpeakerView, TopicPage, TopicSummary, Translatable } from '../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../i18n';
import { routesFor } from '../routes';
import { siteFor } from '../site';
import { editionPage } from './alternates';
import { contentDates, type ContentDatesLookup } from './content-dates';
import { eventsDescription, eventsTitle, homeDescription, speakerDescription, speakersListingTitle, topicDescription } from './descriptions';
import { pageMetadata } from './metadata';
import { eventCard, homeCard, sessionCard, speakerCard, speakersIndexCard } from './preview-cards';

// Each route's generateMetadata calls one of these with the view its getter returned.

/** A document's page: its edition, and whether the pair is translated, come with the view. */
const documentEdition = (view: Translatable & { url: string }) => editionPage(view.url, view.edition, view.translated);

export function homeMetadata(event: EventView | undefined, locale: Locale = DEFAULT_LOCALE): Metadata {
  const site = siteFor(locale);
  const path = routesFor(locale).home();
  return pageMetadata({
    title: dictionary(locale).seo.homeTitle(site.name, site.tagline),
    absoluteTitle: true,
    description: homeDescription(event, locale),
    path,
    edition: editionPage(path, locale),
    image: homeCard(event, locale),
  });
}

export const eventMetadata = (event: EventView): Metadata =>
  pageMetadata({
    title: event.title,
    description: event.summary,
    path: event.url,
    edition: documentEdition(event),
    image: eventCard(event),
  });

export function sessionMetadata(
  session: SessionView,
  dates: ContentDatesLookup = contentDates,
): Metadata {
  const recap = dates(session.sourcePath);
  return pageMetadata({
    title: session.title,
    description: session.summary,
    path: session.url,
    edition: documentEdition(session),
    image: sessionCard(session),
    type: 'article',
    article: {
      ...(recap ? { publishedTime: recap.published, modifiedTime: recap.modified } : {}),
      section: dictionary(session.edition).kinds[session.kind],
      tags: session.topics,
    },
  });
}

export const speakerMetadata = (speaker: SpeakerView): Metadata =>
  pageMetadata({
    title: speaker.name,
    description: speakerDescription(speaker),
    path: speaker.url,
    edition: documentEdition(speaker),
    image: speakerCard(speaker),
    type: 'profile',
  });

export function speakersIndexMetadata(speakers: SpeakerRef[], locale: Locale = DEFAULT_LOCALE): Metadata {
  const t = dictionary(locale);
  const path = routesFor(locale).speakers();
  return pageMetadata({
    title: t.speaker.indexTitle,
    description: t.speaker.indexIntro(speakers.length),
    path,
    edition: editionPage(path, locale),
    image: speakersIndexCard(speakers, locale),
  });
}

export function topicsIndexMetadata(topics: TopicSummary[], locale: Locale = DEFAULT_LOCALE): Metadata {
  const t = dictionary(locale);
  const path = routesFor(locale).topics();
  return pageMetadata({ title: t.topics.title, description: t.topics.intro(topics.length), path, edition: editionPage(path, locale) });
}

/** A topic's page; after the first, its number in the title and a canonical of its own. */
export const topicMetadata = ({ topic, sessions, url, paths, pager }: TopicPage): Metadata =>
  pageMetadata({
    title: pager.page > 1 ? dictionary(topic.edition).pager.titled(topic.name, pager.page) : topic.name,
    description: topicDescription(topic.name, sessions, topic.edition),
    path: url,
    edition: { locale: topic.edition, paths, translated: topic.translated },
  });

/** /events and its series and city pages. */
export function eventsMetadata(page: EventsPage, locale: Locale = DEFAULT_LOCALE): Metadata {
  return pageMetadata({
    title: eventsTitle(page, locale),
    description: eventsDescription(page, locale),
    path: page.url,
    edition: editionPage(page.url, locale),
  });
}

/** A letter's page of a split roster. */
export function speakersLetterMetadata(page: SpeakersPage, locale: Locale = DEFAULT_LOCALE): Metadata {
  const t = dictionary(locale).speaker;
  return pageMetadata({
    title: speakersListingTitle(page, locale),
    description: t.letterIntro(page.letterCount ?? page.speakers.length, page.letter ?? ''),
    path: page.url,
    edition: editionPage(page.url, locale),
  });
}
