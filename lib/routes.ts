/** Every internal URL is built here, so a path pattern lives in one place (docs/content-model.md, "URLs"). */
export const routes = {
  home: () => '/',
  event: (event: string) => `/events/${event}`,
  session: (event: string, session: string) => `/events/${event}/sessions/${session}`,
  speakers: () => '/speakers',
  speaker: (speaker: string) => `/speakers/${speaker}`,
  topics: () => '/topics',
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
