import type { MetadataRoute } from 'next';
import type { ContentStore } from '../content/store';
import { routes } from '../routes';
import { absoluteUrl } from '../site';
import { latestModified, type ContentDatesLookup } from './content-dates';

/** The getters the sitemap reads; lib/content's, or a test store's. */
export type SitemapContent = Pick<
  ContentStore,
  | 'getLatestEvent'
  | 'getEvents'
  | 'getEvent'
  | 'getSessions'
  | 'getSpeakers'
  | 'getSpeaker'
  | 'getTopics'
  | 'getSessionsByTopic'
>;

/**
 * Every published page, each with the last change of the content files it is built from. The getters
 * leave drafts out of a production build, so drafts are never listed. /search is a tool, not content.
 */
export function buildSitemap(
  content: SitemapContent,
  dates: ContentDatesLookup,
): MetadataRoute.Sitemap {
  const sessions = content.getSessions();
  const sessionFiles = new Map(sessions.map((session) => [session.url, session.sourcePath]));
  const events = content.getEvents().flatMap((summary) => content.getEvent(summary.slug) ?? []);
  const eventsBySlug = new Map(events.map((event) => [event.slug, event]));
  const eventFiles = (slug: string) => {
    const event = eventsBySlug.get(slug);
    return event
      ? [
          event.sourcePath,
          ...event.sessions.flatMap((session) => sessionFiles.get(session.url) ?? []),
        ]
      : [];
  };
  const speakers = content.getSpeakers().flatMap((ref) => content.getSpeaker(ref.slug) ?? []);
  const topics = content.getTopics();

  const entry = (path: string, files: string[]): MetadataRoute.Sitemap[number] => {
    const lastModified = latestModified(dates, files);
    return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
  };

  const latest = content.getLatestEvent();
  return [
    entry(routes.home(), latest ? eventFiles(latest.slug) : []),
    ...events.map((event) => entry(event.url, eventFiles(event.slug))),
    ...sessions.map((session) => entry(session.url, [session.sourcePath])),
    entry(
      routes.speakers(),
      speakers.map((speaker) => speaker.sourcePath),
    ),
    // A speaker's page lists their sessions: a changed session title changes it too.
    ...speakers.map((speaker) =>
      entry(speaker.url, [
        speaker.sourcePath,
        ...speaker.appearances.flatMap(
          (appearance) => sessionFiles.get(appearance.session.url) ?? [],
        ),
      ]),
    ),
    ...(topics.length > 0 ? [entry(routes.topics(), [...sessionFiles.values()])] : []),
    ...topics.map((topic) =>
      entry(
        topic.url,
        content
          .getSessionsByTopic(topic.name)
          .flatMap((session) => sessionFiles.get(session.url) ?? []),
      ),
    ),
  ];
}
