import { sessionReadingMinutes } from '../reading/reading-time';
import { relatedSessions } from '../reading/related-sessions';
import { tableOfContents, worthATableOfContents } from '../reading/table-of-contents';
import type {
  AttributedText,
  EventSummary,
  EventPage,
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
} from '../types';
import type { ContentQueries } from './queries';
import { toTopicRef } from './reshape';

const textsBy = (list: AttributedText[], slug: string) =>
  list.filter((entry) => entry.speaker.slug === slug).map((entry) => entry.text);

/** A roundtable's host and panelists, each with their position and their quotes. */
function panelOf(session: SessionView): PanelView {
  const member = (speaker: SpeakerRef, withPosition: boolean): PanelMember => {
    const position = withPosition ? textsBy(session.positions, speaker.slug)[0] : undefined;
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
 * A route segment as a topic's name. Next hands the segment over percent-encoded or decoded depending on
 * how the page was reached (prerendered from generateStaticParams, or a request for /topics/%E7%AE%97%E5%8A%9B),
 * so both spellings are accepted.
 */
function topicName(segment: string, known: (name: string) => boolean): string | undefined {
  if (known(segment)) return segment;
  try {
    const decoded = decodeURIComponent(segment);
    return known(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** One getter per page, each returning everything that page shows; undefined when there is no such page. */
export function createPageGetters(content: ContentQueries) {
  const getHomePage = (): HomePage => {
    const event = content.getLatestEvent();
    return event ? { event } : {};
  };

  const getEventPage = (slug: string): EventPage | undefined => {
    const event = content.getEvent(slug);
    return event && { event };
  };

  function getSessionPage(event: string, slug: string): SessionPage | undefined {
    const session = content.getSession(event, slug);
    const pager = content.getSessionPager(event, slug);
    if (!session || !pager) return undefined;
    const toc = tableOfContents(session.bodyHtml);
    return {
      session,
      topics: session.topics.map(toTopicRef),
      readingMinutes: sessionReadingMinutes(session),
      tableOfContents: worthATableOfContents(toc) ? toc : [],
      ...(session.kind === 'roundtable' ? { panel: panelOf(session) } : {}),
      related: relatedSessions(session, content.getSessions()),
      pager,
    };
  }

  const getSpeakersPage = (): SpeakersPage => ({ speakers: content.getSpeakers() });

  const getSpeakerPage = (slug: string): SpeakerPage | undefined => {
    const speaker = content.getSpeaker(slug);
    return speaker && { speaker };
  };

  const getTopicsPage = (): TopicsPage => ({ topics: content.getTopics() });

  /** `topic` is the topic's name, as written or percent-encoded (a route segment). */
  function getTopicPage(topic: string): TopicPage | undefined {
    const name = topicName(topic, (candidate) => content.getTopic(candidate) !== undefined);
    const summary = name === undefined ? undefined : content.getTopic(name);
    if (!summary) return undefined;
    const sessions = content.getSessionsByTopic(summary.name);
    return {
      topic: summary,
      sessions,
      groups: groupByEvent(sessions, content.getEvents()),
      relatedTopics: relatedTopics(summary.name, sessions, content.getTopics()),
    };
  }

  /** The header's 议程 entry opens the latest event's agenda. */
  const getSiteNavigation = (): { agendaUrl?: string } => {
    const latest = content.getEvents()[0];
    return latest ? { agendaUrl: latest.url } : {};
  };

  return {
    getHomePage,
    getEventPage,
    getSessionPage,
    getSpeakersPage,
    getSpeakerPage,
    getTopicsPage,
    getTopicPage,
    getSiteNavigation,
  };
}
