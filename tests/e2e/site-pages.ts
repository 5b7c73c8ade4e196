import type { APIRequestContext } from '@playwright/test';

/** Every internal page reachable from the home page by links, as a reader (or crawler) would find them. */
export async function crawlSite(request: APIRequestContext, start = '/'): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  // Only pages: links to the open data or a calendar file are followed but are not pages to check.
  const pages: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await request.get(path);
    if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.push(path);
    const html = await response.text();
    for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.replace(/&amp;/g, '&').split('#')[0]?.split('?')[0] ?? '';
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return pages.sort();
}

export const summit = {
  event: '/events/npcon-2023-beijing',
  talk: '/events/npcon-2023-beijing/sessions/agents-planning-memory-prompt-first',
  roundtable: '/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills',
  speaker: '/speakers/chen-wei',
} as const;

/** One page of each kind the site renders. */
export const representativePages = {
  home: '/',
  ...summit,
  speakers: '/speakers',
  events: '/events',
  eventsByCity: '/events/city/beijing',
  eventsBySeries: '/events/series/npcon',
  topics: '/topics',
  topic: '/topics/%E5%BC%80%E6%BA%90',
  search: '/search?q=%E6%8E%A8%E7%90%86',
  notFound: '/no-such-page',
  // The English edition: the same kinds of page under /en.
  homeEn: '/en',
  eventEn: `/en${summit.event}`,
  talkEn: `/en${summit.talk}`,
  roundtableEn: `/en${summit.roundtable}`,
  speakerEn: `/en${summit.speaker}`,
  speakersEn: '/en/speakers',
  eventsEn: '/en/events',
  eventsByCityEn: '/en/events/city/beijing',
  topicsEn: '/en/topics',
  topicEn: '/en/topics/open-source',
  searchEn: '/en/search?q=inference',
  notFoundEn: '/en/no-such-page',
} as const;
