import { formatList, t } from '../i18n';
import type { SessionView, SpeakerView, TopicSummary } from '../content/types';
import { htmlToText } from './plain-text';
import type { SearchDocument } from './types';

/** The text fields a document of one kind leaves empty (a speaker has no takeaways). */
export const EMPTY_SEARCH_FIELDS = {
  people: '',
  topics: '',
  headline: '',
  summary: '',
  takeaways: '',
  quotes: '',
  body: '',
};
const lines = (texts: string[]) => texts.join('\n');

function sessionDocument(session: SessionView): SearchDocument {
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: session.url,
    kind: 'session',
    url: session.url,
    title: session.title,
    people: lines(session.people.map(({ speaker }) => `${speaker.name} · ${speaker.organization}`)),
    context: `${t.kinds[session.kind]} · ${session.event.title}`,
    topics: lines(session.topics),
    headline: session.headline ?? '',
    summary: session.summary,
    takeaways: lines(session.takeaways),
    quotes: lines(
      [...session.positions, ...session.quotes].map(
        (entry) => `${entry.speaker.name}：${entry.text}`,
      ),
    ),
    body: htmlToText(session.bodyHtml),
  };
}

function speakerDocument(speaker: SpeakerView): SearchDocument {
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: speaker.url,
    kind: 'speaker',
    url: speaker.url,
    title: speaker.name,
    people: `${speaker.organization} · ${speaker.role}`,
    context: t.search.speakerContext(speaker.appearances.length),
    body: htmlToText(speaker.bioHtml),
  };
}

function topicDocument(topic: TopicSummary, sessionTitles: string[]): SearchDocument {
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: topic.url,
    kind: 'topic',
    url: topic.url,
    title: topic.name,
    context: `${t.event.sessionCount(topic.sessionCount)}：${formatList(sessionTitles)}`,
  };
}

export interface SearchSource {
  sessions: SessionView[];
  speakers: SpeakerView[];
  topics: TopicSummary[];
}

/** Every published page a reader can search for, as plain text; drafts never reach here in production. */
export function searchDocuments({ sessions, speakers, topics }: SearchSource): SearchDocument[] {
  const titlesOf = (topic: string) =>
    sessions.filter((session) => session.topics.includes(topic)).map((s) => s.title);
  return [
    ...sessions.map(sessionDocument),
    ...speakers.map(speakerDocument),
    ...topics.map((topic) => topicDocument(topic, titlesOf(topic.name))),
  ];
}
