import type { Metadata } from 'next';
import type {
  EventView,
  SessionView,
  SpeakerRef,
  SpeakerView,
  TopicPage,
  TopicSummary,
} from '../content/types';
import { t } from '../i18n';
import { routes } from '../routes';
import { site } from '../site';
import { contentDates, type ContentDatesLookup } from './content-dates';
import { homeDescription, speakerDescription, topicDescription } from './descriptions';
import { pageMetadata } from './metadata';
import { eventCard, homeCard, sessionCard, speakerCard, speakersIndexCard } from './preview-cards';

// Each route's generateMetadata calls one of these with the view its getter returned.

export const homeMetadata = (event: EventView | undefined): Metadata =>
  pageMetadata({
    title: t.seo.homeTitle(site.name, site.tagline),
    absoluteTitle: true,
    description: homeDescription(event),
    path: routes.home(),
    image: homeCard(event),
  });

export const eventMetadata = (event: EventView): Metadata =>
  pageMetadata({
    title: event.title,
    description: event.summary,
    path: event.url,
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
    image: sessionCard(session),
    type: 'article',
    article: {
      ...(recap ? { publishedTime: recap.published, modifiedTime: recap.modified } : {}),
      section: t.kinds[session.kind],
      tags: session.topics,
    },
  });
}

export const speakerMetadata = (speaker: SpeakerView): Metadata =>
  pageMetadata({
    title: speaker.name,
    description: speakerDescription(speaker),
    path: speaker.url,
    image: speakerCard(speaker),
    type: 'profile',
  });

export const speakersIndexMetadata = (speakers: SpeakerRef[]): Metadata =>
  pageMetadata({
    title: t.speaker.indexTitle,
    description: t.speaker.indexIntro(speakers.length),
    path: routes.speakers(),
    image: speakersIndexCard(speakers),
  });

export const topicsIndexMetadata = (topics: TopicSummary[]): Metadata =>
  pageMetadata({
    title: t.topics.title,
    description: t.topics.intro(topics.length),
    path: routes.topics(),
  });

export const topicMetadata = ({ topic, sessions }: TopicPage): Metadata =>
  pageMetadata({
    title: topic.name,
    description: topicDescription(topic.name, sessions),
    path: topic.url,
  });
