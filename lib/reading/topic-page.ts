import { getEvents, getSessionsByTopic, getTopics } from '../content';
import type { EventSummary, SessionSummary, TopicSummary } from '../content/types';

export interface TopicPage {
  topic: TopicSummary;
  /** Sessions grouped by event, newest event first. */
  groups: { event: EventSummary; sessions: SessionSummary[] }[];
  /** Other topics of these sessions, most shared first. */
  relatedTopics: TopicSummary[];
}

/**
 * A route param as the topic's name. Next hands the segment over percent-encoded or decoded depending on
 * how the page was reached (prerendered from generateStaticParams, or a request for /topics/%E7%AE%97%E5%8A%9B),
 * so both spellings are accepted.
 */
export function topicNameFromParam(param: string): string | undefined {
  const names = new Set(getTopics().map((topic) => topic.name));
  if (names.has(param)) return param;
  try {
    const decoded = decodeURIComponent(param);
    return names.has(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export function getTopicPage(param: string): TopicPage | undefined {
  const name = topicNameFromParam(param);
  const topics = getTopics();
  const topic = topics.find((entry) => entry.name === name);
  if (!topic) return undefined;
  const sessions = getSessionsByTopic(topic.name);
  const groups = getEvents()
    .map((event) => ({
      event,
      sessions: sessions.filter((session) => session.eventSlug === event.slug),
    }))
    .filter((group) => group.sessions.length > 0);
  const shared = new Map<string, number>();
  for (const session of sessions)
    for (const other of session.topics)
      if (other !== topic.name) shared.set(other, (shared.get(other) ?? 0) + 1);
  const relatedTopics = topics
    .filter((entry) => shared.has(entry.name))
    .sort((a, b) => (shared.get(b.name) ?? 0) - (shared.get(a.name) ?? 0));
  return { topic, groups, relatedTopics };
}
