import { eventsArchive, type EventFilter } from '../content/listing/events-archive';
import { paginate, pageFromSegments } from '../content/listing/pagination';
import { speakersIndex } from '../content/listing/speaker-initials';
import type { ContentQueries, EditionContext } from '../content/store';
import { dictionary } from '../i18n';
import { sessionReadingMinutes } from './reading/reading-time';
import { tableOfContents, worthATableOfContents } from './reading/table-of-contents';
import type {
  AttributedText,
  EventSummary,
  EventPage,
  EventsPage,
  HomePage,
  PanelMember,
  PanelView,
  SessionPage,
  SessionSummary,
  SessionView,
  SpeakerPage,
  SpeakerRef,
  SpeakersPage,
  TopicPage,
  TopicsPage,
  TopicSummary,
} from '../content/types';
import { createRelatedSessions } from './related';

/** What one person said, each entry with its original words on an English page. */
const textsBy = (list: AttributedText[], slug: string) =>
  list
    .filter((entry) => entry.speaker.slug === slug)
    .map(({ text, original }) => ({ text, ...(original === undefined ? {} : { original }) }));

/** A roundtable's host and panelists, each with their position and their quotes. */
function panelOf(session: SessionView): PanelView {
  const member = (speaker: SpeakerRef, withPosition: boolean): PanelMember => {
    const position = withPosition ? textsBy(session.positions, speaker.slug)[0]?.text : undefined;
    return { speaker, ...(position === undefined ? {} : { position }), quotes: textsBy(session.quotes, speaker.slug) };
  };
  return {
    ...(session.moderator ? { moderator: member(session.moderator, false) } : {}),
    panelists: session.panelists.map((panelist) => member(panelist, true)),
  };
}

/** Other topics of these sessions, most shared first, in the topics' own order when tied. */
function relatedTopics(topic: string, sessions: SessionSummary[], topics: TopicSummary[]): TopicSummary[] {
  const shared = new Map<string, number>();
  for (const session of sessions)
    for (const other of session.topics) if (other !== topic) shared.set(other, (shared.get(other) ?? 0) + 1);
  return topics
    .filter((entry) => shared.has(entry.name))
    .sort((a, b) => (shared.get(b.name) ?? 0) - (shared.get(a.name) ?? 0));
}

/** Sessions listed newest event first, as runs of one event each. */
function groupByEvent(sessions: SessionSummary[], events: EventSummary[]): TopicPage['groups'] {
  const bySlug = new Map(events.map((event) => [event.slug, event]));
  const groups: TopicPage['groups'] = [];
  for (const session of sessions) {
    const last = groups.at(-1);
    const event = bySlug.get(session.eventSlug);
    if (last?.event.slug === session.eventSlug) last.sessions.push(session);
    else if (event) groups.push({ event, sessions: [session] });
  }
  return groups;
}

/**
 * The topic whose page a route segment names: its Chinese name, or in English the dictionary's slug.
 * Next hands the segment over percent-encoded or decoded depending on how the page was reached
 * (prerendered from generateStaticParams, or a request for /topics/%E7%AE%97%E5%8A%9B), so both are accepted.
 */
function topicAt(segment: string, topics: TopicSummary[]): TopicSummary | undefined {
  const spellings = [segment];
  try {
    spellings.push(decodeURIComponent(segment));
  } catch {
    // Not valid percent-encoding: only the segment as given can match.
  }
  const ends = spellings.map((spelling) => `/topics/${encodeURIComponent(spelling)}`);
  return topics.find((topic) => ends.some((end) => topic.url.endsWith(end)));
}

/** One getter per page, each returning everything that page shows; undefined when there is no such page. */
export function createPageGetters(content: ContentQueries, edition: EditionContext) {
  const related = createRelatedSessions(content);

  const getHomePage = (): HomePage => {
    const event = content.getLatestEvent();
    return event ? { event } : {};
  };

  const getEventPage = (slug: string): EventPage | undefined => {
    const event = content.getEvent(slug);
    return event && { event };
  };

  // A session page is asked for twice per render (its metadata, then the page) and ranks related sessions
  // each time: made once per session. The documents never change after the store is made.
  const sessionPages = new Map<string, SessionPage | undefined>();
  function getSessionPage(event: string, slug: string): SessionPage | undefined {
    const key = `${event}/${slug}`;
    if (!sessionPages.has(key)) sessionPages.set(key, makeSessionPage(event, slug));
    return sessionPages.get(key);
  }

  function makeSessionPage(event: string, slug: string): SessionPage | undefined {
    const session = content.getSession(event, slug);
    const pager = content.getSessionPager(event, slug);
    if (!session || !pager) return undefined;
    const toc = tableOfContents(session.bodyHtml);
    return {
      session,
      topics: session.topicLinks,
      readingMinutes: sessionReadingMinutes(session),
      tableOfContents: worthATableOfContents(toc) ? toc : [],
      ...(session.kind === 'roundtable' ? { panel: panelOf(session) } : {}),
      related: related(session),
      pager,
    };
  }

  /** /events, or one series' or one city's events; undefined for a series or city no event has. */
  const getEventsPage = (filter?: EventFilter): EventsPage | undefined =>
    eventsArchive(content.getEvents(), {
      routes: edition.routes,
      seriesName: (series) => dictionary(edition.locale).seo.series[series] ?? series,
      ...(filter ? { filter } : {}),
    });

  /** /speakers, or (a long roster) /speakers/letter/<letter>; undefined for a letter without a page. */
  /** /speakers, or a letter's page `page` (1 for its first) when the roster is split. */
  let roster: SpeakerRef[] | undefined;
  const getSpeakersPage = (letter?: string, page = 1): SpeakersPage | undefined =>
    speakersIndex((roster ??= content.getSpeakers()), { routes: edition.routes, page, ...(letter === undefined ? {} : { letter }) });

  const getSpeakerPage = (slug: string): SpeakerPage | undefined => {
    const speaker = content.getSpeaker(slug);
    return speaker && { speaker };
  };

  const getTopicsPage = (): TopicsPage => ({ topics: content.getTopics() });

  /**
   * `segment` is the topic page's URL segment, as written or percent-encoded; `pageSegments` what
   * follows it (none for page 1, `page/<n>` for n ≥ 2; anything else, page/1 included, is no page).
   */
  function getTopicPage(segment: string, pageSegments?: string[]): TopicPage | undefined {
    const summary = topicAt(segment, content.getTopics());
    const page = pageFromSegments(pageSegments);
    if (!summary || page === undefined) return undefined;
    const all = content.getSessionsByTopic(summary.name);
    const at = (path: string, n: number) => (n <= 1 ? path : `${path}/page/${n}`);
    const shown = paginate(all, page, (n) => at(summary.url, n));
    if (!shown) return undefined;
    return {
      topic: summary,
      url: at(summary.url, page),
      paths: Object.fromEntries(Object.entries(summary.paths).map(([locale, path]) => [locale, at(path, page)])) as TopicPage['paths'],
      sessions: shown.items,
      pager: shown.pager,
      groups: groupByEvent(shown.items, content.getEvents()),
      relatedTopics: relatedTopics(summary.name, all, content.getTopics()),
    };
  }

  /** Every page of every topic, each with the route segments that address it (for static params and the sitemap). */
  function getTopicPages(): { topic: string; page?: string[]; view: TopicPage }[] {
    return content.getTopics().flatMap((summary) => {
      const topic = decodeURIComponent(summary.url.split('/').pop() ?? '');
      const first = getTopicPage(topic);
      if (!first) return [];
      const further = Array.from({ length: first.pager.pageCount - 1 }, (_, index) => ['page', String(index + 2)]);
      return [
        { topic, view: first },
        ...further.flatMap((page) => {
          const view = getTopicPage(topic, page);
          return view ? [{ topic, page, view }] : [];
        }),
      ];
    });
  }

  /** The header's 议程 entry opens the latest event's agenda. */
  const getSiteNavigation = (): { agendaUrl?: string } => {
    const latest = content.getEvents()[0];
    return latest ? { agendaUrl: latest.url } : {};
  };

  return {
    getHomePage,
    getEventPage,
    getEventsPage,
    getSessionPage,
    getSpeakersPage,
    getSpeakerPage,
    getTopicsPage,
    getTopicPage,
    getTopicPages,
    getSiteNavigation,
  };
}
