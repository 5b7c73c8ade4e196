import { contentFor } from '../content';
import { routesFor } from '../routes';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { EventSummary, SessionSummary, TopicSummary } from '../content/types';

export interface TopicPage {
  topic: TopicSummary;
  /** Sessions grouped by event, newest event first. */
  groups: { event: EventSummary; sessions: SessionSummary[] }[];
  /** Other topics of these sessions, most shared first. */
  relatedTopics: TopicSummary[];
}

/** A topic's page in an edition; in English the param is the dictionary's slug (or an untranslated name). */
export function getTopicPage(param: string, locale: Locale = DEFAULT_LOCALE): TopicPage | undefined {
  const { getEvents, getSessionsByTopic, getTopics } = contentFor(locale);
  const topics = getTopics();
  // Next hands the segment over percent-encoded or decoded depending on how the page was reached.
  const segment = (() => {
    try {
      return decodeURIComponent(param);
    } catch {
      return param;
    }
  })();
  const topic = topics.find((entry) => entry.url === routesFor(locale).topic(segment));
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
