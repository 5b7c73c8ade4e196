import { Feed } from 'feed';
import type { SessionView } from '../content/types';
import { locale, t } from '../i18n';
import { routes } from '../routes';
import { absoluteUrl, site, siteUrl } from '../site';
import type { ContentDatesLookup } from './content-dates';

/** A calendar date as the start of that day in UTC: the fallback when a file has no known dates. */
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The Atom feed: one entry per published session, newest event first, in agenda order. An entry is
 * the session: its people are its authors, its topics its categories; `published` and `updated` are
 * the recap file's first and last commit.
 */
export function buildFeed(sessions: SessionView[], dates: ContentDatesLookup): string {
  const entries = sessions.map((session) => {
    const file = dates(session.sourcePath);
    return {
      session,
      published: file ? new Date(file.published) : dayStart(session.event.date),
      updated: file ? new Date(file.modified) : dayStart(session.event.date),
    };
  });
  const updated = entries
    .map((entry) => entry.updated)
    .sort((a, b) => b.getTime() - a.getTime())[0];

  const feed = new Feed({
    id: `${siteUrl}/`,
    title: t.seo.feedTitle(site.name),
    description: site.tagline,
    link: `${siteUrl}/`,
    language: locale,
    feedLinks: { atom: absoluteUrl(routes.feed()) },
    author: { name: site.name, link: `${siteUrl}/` },
    generator: false,
    ...(updated ? { updated } : {}),
  });

  for (const { session, published, updated: entryUpdated } of entries) {
    const url = absoluteUrl(session.url);
    feed.addItem({
      id: url,
      link: url,
      title: session.title,
      description: session.summary,
      date: entryUpdated,
      published,
      author: session.people.map(({ speaker }) => ({
        name: speaker.name,
        link: absoluteUrl(speaker.url),
      })),
      category: session.topics.map((topic) => ({
        term: topic,
        name: topic,
        scheme: absoluteUrl(routes.topics()),
      })),
    });
  }
  return feed.atom1();
}
