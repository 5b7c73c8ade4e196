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
