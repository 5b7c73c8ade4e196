import { Feed } from 'feed';
import type { SessionView } from '../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../i18n';
import { routesFor } from '../routes';
import { absoluteUrl, siteFor } from '../site';
import type { ContentDatesLookup } from './content-dates';

/** A calendar date as the start of that day in UTC: the fallback when a file has no known dates. */
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The Atom feed: one entry per published session, newest event first, in agenda order. An entry is
 * the session: its people are its authors, its topics its categories; `published` and `updated` are
 * the recap file's first and last commit.
 */
export function buildFeed(sessions: SessionView[], dates: ContentDatesLookup, locale: Locale = DEFAULT_LOCALE): string {
  const routes = routesFor(locale);
  const site = siteFor(locale);
  const home = absoluteUrl(routes.home());
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
    id: home,
    title: dictionary(locale).seo.feedTitle(site.name),
    description: site.tagline,
    link: home,
    language: locale,
    feedLinks: { atom: absoluteUrl(routes.feed()) },
    author: { name: site.name, link: home },
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
      category: session.topicLinks.map((topic) => ({
        term: topic.name,
        name: topic.name,
        scheme: absoluteUrl(routes.topics()),
      })),
    });
  }
  // The feed package drops `language` from Atom; xml:lang on the root tells readers the edition's language.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
