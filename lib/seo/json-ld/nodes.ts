import type {
  Article,
  BreadcrumbList,
  Event,
  EventSeries,
  Organization,
  PersonLeaf,
  Place,
  Thing,
  VideoObject,
} from 'schema-dts';
import type {
  EventSummary,
  EventView,
  SessionSummary,
  SessionView,
  SpeakerRef,
  TopicRef,
} from '../../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../../i18n';
import { routesFor } from '../../routes';
import { absoluteUrl, site, siteUrl } from '../../site';
import type { ContentDates } from '../content-dates';
import { previewImagePath } from '../preview-cards';

/** Stable node identifiers, so one page's graph and another's name the same thing the same way. */
export const ids = {
  /** Each edition is its own WebSite node. */
  website: (locale: Locale = DEFAULT_LOCALE) => `${absoluteUrl(routesFor(locale).home())}#website`,
  publisher: () => `${siteUrl}/#publisher`,
  organizer: (name: string) => `${siteUrl}/#organizer-${encodeURIComponent(name)}`,
  series: (slug: string) => `${siteUrl}/#series-${slug}`,
  event: (event: Pick<EventSummary, 'url'>) => `${absoluteUrl(event.url)}#event`,
  session: (session: Pick<SessionSummary, 'url'>) => `${absoluteUrl(session.url)}#session`,
  recap: (session: Pick<SessionSummary, 'url'>) => `${absoluteUrl(session.url)}#recap`,
  recording: (session: Pick<SessionSummary, 'url'>) => `${absoluteUrl(session.url)}#recording`,
  person: (speaker: Pick<SpeakerRef, 'url'>) => `${absoluteUrl(speaker.url)}#person`,
  page: (path: string) => `${absoluteUrl(path)}#page`,
  breadcrumb: (path: string) => `${absoluteUrl(path)}#breadcrumb`,
};

const imageOf = (pagePath: string) => [absoluteUrl(previewImagePath(pagePath))];

export const organizerNode = (name: string): Organization => ({
  '@type': 'Organization',
  '@id': ids.organizer(name),
  name,
});

/** This site, which writes the recaps. */
export const publisherNode = (): Organization => ({
  '@type': 'Organization',
  '@id': ids.publisher(),
  name: site.name,
  url: `${siteUrl}/`,
});

export const personNode = (speaker: SpeakerRef): PersonLeaf => ({
  '@type': 'Person',
  '@id': ids.person(speaker),
  name: speaker.name,
  url: absoluteUrl(speaker.url),
  jobTitle: speaker.role,
  worksFor: { '@type': 'Organization', name: speaker.organization },
  ...(speaker.avatar ? { image: absoluteUrl(speaker.avatar) } : {}),
});

const placeNode = (event: EventSummary): Place => ({
  '@type': 'Place',
  name: event.venue ?? event.city,
  address: { '@type': 'PostalAddress', addressLocality: event.city },
});

const seriesNode = (event: EventSummary): EventSeries => ({
  '@type': 'EventSeries',
  '@id': ids.series(event.series),
  name: dictionary(event.edition).seo.series[event.series] ?? event.series,
});

const topicNode = (topic: TopicRef): Thing => ({
  '@type': 'Thing',
  name: topic.name,
  url: absoluteUrl(topic.url),
});

/** What the event and each of its sessions share: its day, place, organizers and status. */
function eventFacts(event: EventSummary) {
  return {
    startDate: event.date,
    // The content gives one calendar date and no times: the event starts and ends that day.
    endDate: event.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeNode(event),
    organizer: event.organizers.map(organizerNode),
    inLanguage: event.contentLocale,
  } satisfies Partial<Event>;
}

/** The event itself, without its agenda: what a session's superEvent points to. */
const eventReference = (event: EventSummary): Event => ({
  '@type': 'Event',
  '@id': ids.event(event),
  name: event.title,
  url: absoluteUrl(event.url),
  description: event.summary,
  image: imageOf(event.url),
  ...eventFacts(event),
  superEvent: seriesNode(event),
});

/** A session as an event of its own, held at the event, with its people and topics. */
export const sessionNode = (session: SessionSummary, event: EventSummary): Event => ({
  '@type': 'Event',
  '@id': ids.session(session),
  name: session.title,
  url: absoluteUrl(session.url),
  description: session.summary,
  image: imageOf(session.url),
  ...eventFacts(event),
  // A timed session starts (and ends) at its instants; an untimed one shares the event's day.
  ...(session.time ? { startDate: session.time.startsAt, endDate: session.time.endsAt ?? session.time.startsAt } : {}),
  inLanguage: session.contentLocale,
  performer: session.people.map((person) => personNode(person.speaker)),
  about: session.topicLinks.map(topicNode),
});

/** The event in full: its series, its speakers and every session as a subEvent. */
export const eventNode = (event: EventView): Event => ({
  ...eventReference(event),
  performer: event.speakers.map(personNode),
  subEvent: event.sessions.map((session) => sessionNode(session, event)),
});

export const sessionWithEventNode = (session: SessionView): Event => ({
  ...sessionNode(session, session.event),
  superEvent: eventReference(session.event),
});

/** The recap this site wrote about a session. */
export const recapNode = (session: SessionView, dates: ContentDates | undefined): Article => ({
  '@type': 'Article',
  '@id': ids.recap(session),
  headline: session.title,
  description: session.summary,
  url: absoluteUrl(session.url),
  mainEntityOfPage: absoluteUrl(session.url),
  image: imageOf(session.url),
  inLanguage: session.contentLocale,
  articleSection: dictionary(session.edition).kinds[session.kind],
  keywords: session.topics,
  author: publisherNode(),
  publisher: publisherNode(),
  about: { '@id': ids.session(session) },
  ...(dates ? { datePublished: dates.published, dateModified: dates.modified } : {}),
  ...(session.video ? { video: { '@id': ids.recording(session) } } : {}),
  // The slides are the talk's own material, which the recap draws on.
  ...(session.slides
    ? { citation: { '@type': 'PresentationDigitalDocument', name: `${dictionary(session.edition).session.slides}${session.edition === 'en' ? ': ' : '：'}${session.title}`, url: session.slides.url } }
    : {}),
});

/**
 * The talk's recording: where to watch it, the player to embed, and the session it recorded. The
 * content gives no thumbnail or upload date, so neither is claimed.
 */
export const recordingNode = (session: SessionView): VideoObject | undefined =>
  session.video && {
    '@type': 'VideoObject',
    '@id': ids.recording(session),
    name: session.title,
    description: session.summary,
    url: session.video.url,
    ...(session.video.embed ? { embedUrl: session.video.embed.src } : {}),
    recordedAt: { '@id': ids.session(session) },
    inLanguage: session.contentLocale,
  };

export interface Crumb {
  name: string;
  path: string;
}

/** Home first, the page itself last. */
export const breadcrumbNode = (crumbs: Crumb[]): BreadcrumbList => ({
  '@type': 'BreadcrumbList',
  '@id': ids.breadcrumb(crumbs.at(-1)?.path ?? '/'),
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: absoluteUrl(crumb.path),
  })),
});
