import type { SessionSummary } from '../content/types';

export interface RelatedSession {
  session: SessionSummary;
  sharedTopics: string[];
  /** Names of the people who took part in both. */
  sharedPeople: string[];
}

/** A shared person says more than a shared topic: the same voice, in another session. */
const PERSON_WEIGHT = 2;

/**
 * Other sessions, any event, ranked by shared people and topics; ties go to the same event, then agenda order.
 * Sessions that share nothing are left out.
 */
export function relatedSessions(session: SessionSummary, all: SessionSummary[], limit = 3): RelatedSession[] {
  const people = new Set(session.people.map((person) => person.speaker.slug));
  return all
    .filter((other) => other.url !== session.url)
    .map((other) => ({
      session: other,
      sharedTopics: other.topics.filter((topic) => session.topics.includes(topic)),
      sharedPeople: [
        ...new Set(other.people.filter((person) => people.has(person.speaker.slug)).map((person) => person.speaker.name)),
      ],
    }))
    .map((related) => ({ related, score: related.sharedPeople.length * PERSON_WEIGHT + related.sharedTopics.length }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.related.session.eventSlug === session.eventSlug) - Number(a.related.session.eventSlug === session.eventSlug) ||
        a.related.session.order - b.related.session.order,
    )
    .slice(0, limit)
    .map(({ related }) => related);
}
