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
  sitemap: () => '/sitemap.xml',
} as const;
