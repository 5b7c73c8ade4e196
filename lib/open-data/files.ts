import type { EventSummary, EventView, SessionView, SpeakerView } from '../content/types';
import { routes } from '../routes';
import { OPEN_DATA_HEADERS } from '../security/headers';
import { absoluteUrl } from '../site';
import type { ApiFileName, EventEntry, EventFile, EventsFile, SpeakersFile } from './schemas';

// The open-data files, built from the same views the pages render. Drafts are left out here too, so
// even the dev server (which shows drafts on pages) never publishes one as data.

const published = <T extends { draft: boolean }>(items: T[]) => items.filter((item) => !item.draft);
const header = (name: ApiFileName, generatedAt: Date) => ({
  $schema: absoluteUrl(routes.apiSchema(name)),
  generatedAt: generatedAt.toISOString(),
});
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function eventEntry(event: EventSummary, sessionCount: number): EventEntry {
  return {
    slug: event.slug,
    title: event.title,
    series: event.series,
    city: event.city,
    ...optional('venue', event.venue),
    date: event.date,
    timezone: event.timezone,
    ...optional('theme', event.theme),
    organizers: event.organizers,
    summary: event.summary,
    url: absoluteUrl(event.url),
    data: absoluteUrl(routes.apiEvent(event.slug)),
    calendar: absoluteUrl(routes.calendar(event.slug)),
    sessionCount,
  };
}

/** /api/v1/events.json: every published event, newest first, as the store orders them. */
export function eventsFile(events: EventView[], generatedAt: Date): EventsFile {
  return {
    ...header('events', generatedAt),
    events: published(events).map((event) => eventEntry(event, published(event.sessions).length)),
  };
}

const attributed = (list: SessionView['quotes']) => list.map(({ speaker, text }) => ({ speaker: speaker.slug, text }));

/** /api/v1/events/<event>.json: the event and its sessions in agenda order. */
export function eventFile(event: EventView, sessions: SessionView[], generatedAt: Date): EventFile {
  const shown = published(sessions);
  return {
    ...header('event', generatedAt),
    event: eventEntry(event, shown.length),
    sessions: shown.map((session) => ({
      slug: session.slug,
      order: session.order,
      kind: session.kind,
      title: session.title,
      ...optional('headline', session.headline),
      summary: session.summary,
      topics: session.topics,
      takeaways: session.takeaways,
      quotes: attributed(session.quotes),
      positions: attributed(session.positions),
      people: session.people.map(({ speaker, role }) => ({ speaker: speaker.slug, role })),
      ...optional('start', session.time?.start),
      ...optional('end', session.time?.end),
      ...optional('startsAt', session.time?.startsAt),
      ...optional('endsAt', session.time?.endsAt),
      ...optional('slides', session.slides?.url),
      ...optional('video', session.video?.url),
      url: absoluteUrl(session.url),
    })),
  };
}

/** /api/v1/speakers.json: every published speaker, in the speakers page's order, with where they appeared. */
export function speakersFile(speakers: SpeakerView[], generatedAt: Date): SpeakersFile {
  return {
    ...header('speakers', generatedAt),
    speakers: published(speakers).map((speaker) => ({
      slug: speaker.slug,
      name: speaker.name,
      role: speaker.role,
      organization: speaker.organization,
      ...optional('avatar', speaker.avatar && absoluteUrl(speaker.avatar)),
      links: speaker.links,
      url: absoluteUrl(speaker.url),
      appearances: speaker.appearances
        .filter(({ session, event }) => !session.draft && !event.draft)
        .map(({ session, event, role }) => ({ event: event.slug, session: session.slug, role, url: absoluteUrl(session.url) })),
    })),
  };
}

export const openDataResponse = (body: unknown): Response =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: OPEN_DATA_HEADERS });
