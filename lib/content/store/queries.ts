import type {
  EventSummary,
  EventView,
  SessionPager,
  SessionSummary,
  SessionView,
  SpeakerAppearance,
  SpeakerRef,
  SpeakerView,
  TopicSummary,
} from '../types';
import type { ContentIndexes } from './indexes';
import { toEventView, toSessionView, toSpeakerView } from './reshape';

/** The documents as view types, each found through an index: no lookup scans a list. */
export function createQueries(indexes: ContentIndexes) {
  const speakerRef = (slug: string) => indexes.speakers.get(slug)?.ref;

  /** The session's event and its place in that event's agenda. */
  function locate(event: string, slug: string) {
    const entry = indexes.eventsBySlug.get(event);
    const position = entry?.positions.get(slug);
    const session = position === undefined ? undefined : entry?.sessions[position];
    return entry && position !== undefined && session ? { event: entry, position, session } : undefined;
  }

  // The documents never change after the store is made, so each view is built once.
  const sessionViews = new Map<string, SessionView>();
  function getSession(event: string, slug: string): SessionView | undefined {
    const found = locate(event, slug);
    if (!found) return undefined;
    const key = found.session.summary.url;
    let view = sessionViews.get(key);
    if (!view) {
      const { doc, summary } = found.session;
      view = toSessionView(doc, summary, found.event.summary, speakerRef);
      sessionViews.set(key, view);
    }
    return view;
  }

  function getSessionPager(event: string, slug: string): SessionPager | undefined {
    const found = locate(event, slug);
    if (!found) return undefined;
    const previous = found.event.sessions[found.position - 1]?.summary;
    const next = found.event.sessions[found.position + 1]?.summary;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  function getEvent(slug: string): EventView | undefined {
    const entry = indexes.eventsBySlug.get(slug);
    if (!entry) return undefined;
    return toEventView(entry.doc, entry.summary, entry.sessions.map((session) => session.summary));
  }

  /** Every session, newest event first, agenda order within an event. */
  const getSessions = (): SessionView[] =>
    indexes.events.flatMap((event) =>
      event.sessions.flatMap(({ summary }) => getSession(summary.eventSlug, summary.slug) ?? []),
    );

  /** Every session a speaker was part of, with their role, newest event first. */
  const getSessionsBySpeaker = (slug: string): SpeakerAppearance[] => [
    ...(indexes.speakers.get(slug)?.appearances ?? []),
  ];

  function getSpeaker(slug: string): SpeakerView | undefined {
    const entry = indexes.speakers.get(slug);
    return entry && toSpeakerView(entry.doc, entry.ref, entry.appearances);
  }

  // Sorted once; callers get their own copy of the list.
  const speakers = [...indexes.speakers.values()].map((entry) => entry.ref).sort(indexes.edition.byName);
  /** All visible speakers, in Chinese (pinyin) collation order of their names. */
  const getSpeakers = (): SpeakerRef[] => [...speakers];

  /** Sessions on a topic across events, newest event first, agenda order within an event. */
  const getSessionsByTopic = (topic: string): SessionSummary[] => [
    ...(indexes.topicsByName.get(topic)?.sessions ?? []),
  ];

  return {
    getEvents: (): EventSummary[] => indexes.events.map((event) => event.summary),
    getLatestEvent: (): EventView | undefined => {
      const latest = indexes.events[0];
      return latest && getEvent(latest.doc.slug);
    },
    getEvent,
    getSession,
    getSessionPager,
    getSessions,
    getSpeakers,
    getSpeaker,
    getSessionsBySpeaker,
    getTopic: (name: string): TopicSummary | undefined => indexes.topicsByName.get(name)?.summary,
    getTopics: (): TopicSummary[] => [...indexes.topics],
    getSessionsByTopic,
  };
}

export type ContentQueries = ReturnType<typeof createQueries>;
