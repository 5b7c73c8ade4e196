import type { EventSummary, SessionSummary, SpeakerAppearance, SpeakerRef, TopicSummary } from '../types';
import type { ContentDocs, EventDocument, SessionDocument, SpeakerDocument } from './raw-documents';
import { editionContext, type EditionContext } from './edition';
import { toEventSummary, toSessionSummary, toSpeakerRef } from './reshape';

export interface SessionEntry {
  doc: SessionDocument;
  summary: SessionSummary;
}

export interface EventEntry {
  doc: EventDocument;
  summary: EventSummary;
  /** Agenda order. */
  sessions: SessionEntry[];
  /** A session's slug → its position in `sessions`. */
  positions: Map<string, number>;
}

export interface SpeakerEntry {
  doc: SpeakerDocument;
  ref: SpeakerRef;
  /** Newest event first, agenda order within an event. */
  appearances: SpeakerAppearance[];
}

export interface TopicEntry {
  summary: TopicSummary;
  /** Newest event first, agenda order within an event. */
  sessions: SessionSummary[];
}

/** Every lookup a page makes, built once from the documents: each one a Map or a list in display order. */
export interface ContentIndexes {
  /** Newest event first. */
  events: EventEntry[];
  eventsBySlug: Map<string, EventEntry>;
  /** Document order. */
  speakers: Map<string, SpeakerEntry>;
  /** Most sessions first, then by name in the edition's collation. */
  topics: TopicSummary[];
  topicsByName: Map<string, TopicEntry>;
  edition: EditionContext;
}

/** Keeps the first of two items under one key, as a search from the start of the list would find it. */
function indexBy<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/**
 * With includeDrafts false (production) a draft, and every session of a draft event, is absent from
 * every index. The validator has already checked references; a reference to nobody is left out.
 */
export function buildIndexes(
  docs: ContentDocs,
  { includeDrafts, edition = editionContext() }: { includeDrafts: boolean; edition?: EditionContext },
): ContentIndexes {
  const visible = (doc: { draft?: boolean }) => includeDrafts || !doc.draft;

  const speakers = indexBy(
    docs.speakers.filter(visible).map((doc): SpeakerEntry => ({ doc, ref: toSpeakerRef(doc, edition), appearances: [] })),
    (entry) => entry.doc.slug,
  );
  const speakerRef = (slug: string) => speakers.get(slug)?.ref;

  const events = docs.events
    .filter(visible)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((doc): EventEntry => ({ doc, summary: toEventSummary(doc, edition), sessions: [], positions: new Map() }));
  const eventsBySlug = indexBy(events, (entry) => entry.doc.slug);

  for (const doc of [...docs.sessions].sort((a, b) => a.order - b.order)) {
    const event = eventsBySlug.get(doc.event);
    if (!event || !visible(doc)) continue;
    if (!event.positions.has(doc.slug)) event.positions.set(doc.slug, event.sessions.length);
    event.sessions.push({ doc, summary: toSessionSummary(doc, speakerRef, event.summary, edition) });
  }

  const topicSessions = new Map<string, SessionSummary[]>();
  for (const event of events) {
    for (const { summary: session } of event.sessions) {
      for (const topic of new Set(session.topics)) {
        const list = topicSessions.get(topic);
        if (list) list.push(session);
        else topicSessions.set(topic, [session]);
      }
      // A person with two roles in one session appears once, in the first role listed.
      const seen = new Set<string>();
      for (const { speaker, role } of session.people) {
        if (seen.has(speaker.slug)) continue;
        seen.add(speaker.slug);
        speakers.get(speaker.slug)?.appearances.push({ session, event: event.summary, role });
      }
    }
  }

  const topicsByName = new Map<string, TopicEntry>(
    [...topicSessions].map(([name, sessions]) => [
      name,
      { summary: { ...edition.topicRef(name), sessionCount: sessions.length, ...edition.topicLanguage(name) }, sessions },
    ]),
  );
  const topics = [...topicsByName.values()]
    .map((entry) => entry.summary)
    .sort((a, b) => b.sessionCount - a.sessionCount || edition.byName(a, b));

  return { events, eventsBySlug, speakers, topics, topicsByName, edition };
}
