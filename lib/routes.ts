import { DEFAULT_LOCALE, localizePath, type Locale } from './locales';

/** Every internal URL is built here, so a path pattern lives in one place (content-contract.md, "URLs"). */
export const routes = {
  home: () => '/',
  event: (event: string) => `/events/${event}`,
  session: (event: string, session: string) => `/events/${event}/sessions/${session}`,
  /** Every event, by year; and the same list filtered by series or by city (its pinyin slug). */
  events: () => '/events',
  eventsBySeries: (series: string) => `/events/series/${series}`,
  eventsByCity: (city: string) => `/events/city/${city}`,
  speakers: () => '/speakers',
  speaker: (speaker: string) => `/speakers/${speaker}`,
  /** Speakers whose name starts with a letter, when the roster is too long for one page; a long letter continues at page/<n>. */
  speakersByLetter: (letter: string, page = 1) => (page > 1 ? `/speakers/letter/${letter}/page/${page}` : `/speakers/letter/${letter}`),
  topics: () => '/topics',
  /** A Chinese topic's name; in English, the dictionary's slug (lib/content/topics resolves it). */
  topic: (topic: string) => `/topics/${encodeURIComponent(topic)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  /** The search index, a static JSON file written at build time. */
  searchIndex: () => '/search/index.json',
  feed: () => '/feed.xml',
  /** An event as iCalendar. */
  calendar: (event: string) => `/events/${event}/calendar.ics`,
  /** The open data (docs/open-data.md) and the JSON Schemas of its files. */
  apiEvents: () => '/api/v1/events.json',
  apiEvent: (event: string) => `/api/v1/events/${event}.json`,
  apiSpeakers: () => '/api/v1/speakers.json',
  apiSchema: (file: 'events' | 'event' | 'speakers') => `/schemas/api/${file}.schema.json`,
  sitemap: () => '/sitemap.xml',
} as const;

export type Routes = typeof routes;

/** Files that are one for both editions: the sitemap, an event's calendar, the open data and its schemas. */
const SHARED = new Set<string>(['sitemap', 'calendar', 'apiEvents', 'apiEvent', 'apiSpeakers', 'apiSchema']);

const english = Object.fromEntries(
  Object.entries(routes).map(([name, build]) => [
    name,
    SHARED.has(name) ? build : (...args: string[]) => localizePath((build as (...a: string[]) => string)(...args), 'en'),
  ]),
) as unknown as Routes;

/** The same paths for an edition: the English one under /en. */
export const routesFor = (locale: Locale): Routes => (locale === DEFAULT_LOCALE ? routes : english);
