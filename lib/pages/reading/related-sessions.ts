import { tokenize } from '../../search/tokenize';
import type { RelatedSession, SessionSummary } from '../../content/types';

/** A shared person says more than a shared topic (the same voice elsewhere), which says more than a shared word. */
const WEIGHTS = { person: 2, topic: 1, similarTopic: 0.5 };

/** Words of a topic name, without one- and two-letter Latin ones (AI is in half the topics and links nothing). */
const wordsOfTopic = new Map<string, string[]>();
export function topicWordList(topic: string): string[] {
  let words = wordsOfTopic.get(topic);
  if (!words) {
    // Kept per name: every session page compares its topics with every other session's.
    words = tokenize(topic).filter((word) => word.length >= 2 && !/^[a-z0-9]{1,2}$/.test(word));
    wordsOfTopic.set(topic, words);
  }
  return words;
}
const topicWords = (topics: string[]) => new Set(topics.flatMap(topicWordList));

/** Why `other` is related to the session: shared people, shared topics, similar topics (topics sharing a word). */
function relation(
  session: SessionSummary,
  people: Set<string>,
  words: Set<string>,
  other: SessionSummary,
): RelatedSession {
  return {
    session: other,
    sharedTopics: other.topicLinks.filter((topic) => session.topics.includes(topic.name)),
    similarTopics: other.topicLinks.filter(
      (topic) =>
        !session.topics.includes(topic.name) &&
        topicWordList(topic.name).some((word) => words.has(word)),
    ),
    sharedPeople: [
      ...new Map(
        other.people
          .filter((person) => people.has(person.speaker.slug))
          .map((person) => [person.speaker.slug, person.speaker]),
      ).values(),
    ],
  };
}

/** The score `relation` would give, counted without building it: called for every candidate of every page. */
function scoreOf(
  session: SessionSummary,
  people: Set<string>,
  words: Set<string>,
  other: SessionSummary,
): number {
  let score = 0;
  for (const { name } of other.topicLinks) {
    if (session.topics.includes(name)) score += WEIGHTS.topic;
    else if (topicWordList(name).some((word) => words.has(word))) score += WEIGHTS.similarTopic;
  }
  let slugs: string[] | undefined;
  for (const { speaker } of other.people)
    if (people.has(speaker.slug) && !slugs?.includes(speaker.slug))
      (slugs ??= []).push(speaker.slug);
  return score + (slugs?.length ?? 0) * WEIGHTS.person;
}

/**
 * Other sessions, any event, ranked by shared people, topics and topic words; ties go to the same event,
 * then agenda order, then the order of `all`.
 * Sessions that share nothing are left out. One pass keeping the best `limit`: a page compares its
 * session with every candidate, so this is the build's only work that grows with sessions × sessions.
 */
export function relatedSessions(
  session: SessionSummary,
  all: SessionSummary[],
  limit = 3,
): RelatedSession[] {
  const people = new Set(session.people.map((person) => person.speaker.slug));
  const words = topicWords(session.topics);
  // Negative when a ranks before b.
  const compare = (
    a: { score: number; other: SessionSummary },
    b: { score: number; other: SessionSummary },
  ) =>
    b.score - a.score ||
    Number(b.other.eventSlug === session.eventSlug) -
      Number(a.other.eventSlug === session.eventSlug) ||
    a.other.order - b.other.order;
  const best: { score: number; other: SessionSummary }[] = [];
  for (const other of all) {
    if (other.url === session.url) continue;
    const score = scoreOf(session, people, words, other);
    if (score <= 0) continue;
    const entry = { score, other };
    // An equal entry keeps its place ahead of a later one, as a stable sort would.
    if (best.length === limit && compare(entry, best[limit - 1] as typeof entry) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(entry, best[at - 1] as typeof entry) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => relation(session, people, words, other));
}
