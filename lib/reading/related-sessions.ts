import type { SessionSummary } from '../content/types';
import { tokenize } from '../search/tokenize';

export interface RelatedSession {
  session: SessionSummary;
  sharedTopics: string[];
  /** The other session's topics that share a word with this one's (部署架构 ~ 大模型部署). */
  similarTopics: string[];
  /** Names of the people who took part in both. */
  sharedPeople: string[];
}

/** A shared person says more than a shared topic (the same voice elsewhere), which says more than a shared word. */
const WEIGHTS = { person: 2, topic: 1, similarTopic: 0.5 };

/** Words of topic names, without one- and two-letter Latin ones (AI is in half the topics and links nothing). */
const topicWords = (topics: string[]) =>
  new Set(
    topics
      .flatMap((topic) => tokenize(topic))
      .filter((word) => word.length >= 2 && !/^[a-z0-9]{1,2}$/.test(word)),
  );

/**
 * Other sessions, any event, ranked by shared people, topics and topic words; ties go to the same event,
 * then agenda order.
 * Sessions that share nothing are left out.
 */
export function relatedSessions(
  session: SessionSummary,
  all: SessionSummary[],
  limit = 3,
): RelatedSession[] {
  const people = new Set(session.people.map((person) => person.speaker.slug));
  const words = topicWords(session.topics);
  return all
    .filter((other) => other.url !== session.url)
    .map((other) => ({
      session: other,
      sharedTopics: other.topics.filter((topic) => session.topics.includes(topic)),
      similarTopics: other.topics.filter(
        (topic) =>
          !session.topics.includes(topic) &&
          [...topicWords([topic])].some((word) => words.has(word)),
      ),
      sharedPeople: [
        ...new Set(
          other.people
            .filter((person) => people.has(person.speaker.slug))
            .map((person) => person.speaker.name),
        ),
      ],
    }))
    .map((related) => ({
      related,
      score:
        related.sharedPeople.length * WEIGHTS.person +
        related.sharedTopics.length * WEIGHTS.topic +
        related.similarTopics.length * WEIGHTS.similarTopic,
    }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.related.session.eventSlug === session.eventSlug) -
          Number(a.related.session.eventSlug === session.eventSlug) ||
        a.related.session.order - b.related.session.order,
    )
    .slice(0, limit)
    .map(({ related }) => related);
}
