import type { ContentQueries } from '../content/store';
import type { RelatedSession, SessionSummary, SessionView } from '../content/types';
import { relatedSessions, topicWordList } from './reading/related-sessions';

/**
 * Related sessions, ranked among only the sessions that can rank at all: those sharing a person, a topic or
 * a word of a topic with this one. The ranking is the same as over every session; a build no longer compares
 * each session with every other.
 */
export function createRelatedSessions(content: ContentQueries) {
  let indexes:
    | { sessions: { url: string }[]; rank: Map<string, number>; topicsByWord: Map<string, string[]> }
    | undefined;
  const build = () => {
    const sessions = content.getSessions();
    const rank = new Map(sessions.map((session, index) => [session.url, index]));
    const topicsByWord = new Map<string, string[]>();
    for (const { name } of content.getTopics())
      for (const word of topicWordList(name)) {
        const list = topicsByWord.get(word);
        if (list) list.push(name);
        else topicsByWord.set(word, [name]);
      }
    return { sessions, rank, topicsByWord };
  };

  return (session: SessionView): RelatedSession[] => {
    indexes ??= build();
    const { sessions, rank, topicsByWord } = indexes;
    const topics = new Set(session.topics);
    for (const word of session.topics.flatMap(topicWordList))
      for (const topic of topicsByWord.get(word) ?? []) topics.add(topic);
    const candidates = new Map<string, SessionSummary>();
    const add = (other: SessionSummary) => candidates.set(other.url, other);
    for (const { speaker } of session.people)
      for (const appearance of content.getSessionsBySpeaker(speaker.slug)) add(appearance.session);
    for (const topic of topics) content.getSessionsByTopic(topic).forEach(add);
    // The ranking breaks its last ties by the order it is given: the site's order of sessions. When most
    // sessions are candidates (a topic on every page), filtering that order beats sorting them.
    const ordered =
      candidates.size * Math.log2(candidates.size + 1) > sessions.length
        ? sessions.flatMap((other) => candidates.get(other.url) ?? [])
        : [...candidates.values()].sort((a, b) => (rank.get(a.url) ?? 0) - (rank.get(b.url) ?? 0));
    return relatedSessions(session, ordered);
  };
}
