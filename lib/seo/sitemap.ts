import type { MetadataRoute } from 'next';
import type { ContentStore } from '../content/store';
import type { Translatable } from '../content/types';
import { DEFAULT_LOCALE, type Locale } from '../locales';
import { speakerLetterPages } from '../content/listing/speaker-initials';
import type { PageGetters } from '../pages';
import { routesFor } from '../routes';
import { absoluteUrl } from '../site';
import { editionPage, isFallback, languageAlternates, type EditionPage } from './alternates';
import { latestModified, type ContentDatesLookup } from './content-dates';

/** The getters the sitemap reads: one edition's lib/content and lib/pages, or a test store's. */
export type SitemapContent = Pick<PageGetters, 'getEventsPage' | 'getSpeakersPage' | 'getTopicPages'> &
  Pick<
  ContentStore,
  | 'getLatestEvent'
  | 'getEvents'
  | 'getEvent'
  | 'getSessions'
  | 'getSpeakers'
  | 'getSpeaker'
  | 'getTopics'
  | 'getSessionsByTopic'
  | 'locale'
>;

/**
 * Every published page of every edition, each with the last change of the content files it is built
 * from and, for a translated pair, its `xhtml:link` alternates. An untranslated English page (noindex,
 * canonical to the Chinese one) is left out. The getters leave drafts out of a production build, so
 * drafts are never listed. /search is a tool, not content.
 */
export function buildSitemap(
  content: SitemapContent | SitemapContent[],
  dates: ContentDatesLookup,
): MetadataRoute.Sitemap {
  return (Array.isArray(content) ? content : [content]).flatMap((edition) => editionSitemap(edition, dates));
}

function editionSitemap(content: SitemapContent, dates: ContentDatesLookup): MetadataRoute.Sitemap {
  const locale: Locale = content.locale ?? DEFAULT_LOCALE;
  const routes = routesFor(locale);
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

  const entry = (path: string, files: string[], page: EditionPage = editionPage(path, locale)): MetadataRoute.Sitemap => {
    if (isFallback(page)) return [];
    const lastModified = latestModified(dates, files);
    const languages = languageAlternates(page);
    return [
      {
        url: absoluteUrl(path),
        ...(lastModified ? { lastModified } : {}),
        ...(languages ? { alternates: { languages } } : {}),
      },
    ];
  };
  /** A document's page, decided from the view: translated or not, and its counterpart. */
  const ofView = (view: Translatable) => ({ locale, paths: view.paths, translated: view.translated });

  // Listing pages: every event page (and its filters), a split roster's letters, a topic's further pages.
  const archive = content.getEventsPage();
  const eventListings = archive ? [archive.url, ...archive.filters.series.map((link) => link.url), ...archive.filters.cities.map((link) => link.url)] : [];
  const roster = content.getSpeakersPage();
  const letterPages = (roster ? speakerLetterPages(roster) : []).flatMap(({ letter, page }) => content.getSpeakersPage(letter, page) ?? []);
  const topicPages = content.getTopicPages().flatMap(({ page, view }) => (page ? [view] : []));

  const latest = content.getLatestEvent();
  return [
    entry(routes.home(), latest ? eventFiles(latest.slug) : []),
    ...events.map((event) => entry(event.url, eventFiles(event.slug), ofView(event))),
    ...sessions.map((session) => entry(session.url, [session.sourcePath], ofView(session))),
    entry(
      routes.speakers(),
      speakers.map((speaker) => speaker.sourcePath),
    ),
    // A speaker's page lists their sessions: a changed session title changes it too.
    ...speakers.map((speaker) =>
      entry(
        speaker.url,
        [
          speaker.sourcePath,
          ...speaker.appearances.flatMap((appearance) => sessionFiles.get(appearance.session.url) ?? []),
        ],
        ofView(speaker),
      ),
    ),
    ...eventListings.map((path) => entry(path, events.map((event) => event.sourcePath))),
    ...letterPages.map((page) => entry(page.url, page.speakers.flatMap((ref) => content.getSpeaker(ref.slug)?.sourcePath ?? []))),
    ...(topics.length > 0 ? entry(routes.topics(), [...sessionFiles.values()]) : []),
    ...topicPages.map((page) =>
      entry(page.url, page.sessions.flatMap((session) => sessionFiles.get(session.url) ?? []), { locale, paths: page.paths, translated: page.topic.translated }),
    ),
    ...topics.map((topic) =>
      entry(
        topic.url,
        content
          .getSessionsByTopic(topic.name)
          .flatMap((session) => sessionFiles.get(session.url) ?? []),
        ofView(topic),
      ),
    ),
  ].flat();
}
