import { dictionary, formatList, textLang } from '../i18n';
import type { SessionView, SpeakerRef, SpeakerView, TopicSummary } from '../content/types';
import { htmlToText } from './plain-text';
import type { SearchDocument, SearchLangs } from './types';

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

/** Only the languages that differ from the index's, so a Chinese index carries none. */
function langsOf(langs: { [key in keyof SearchLangs]: SearchLangs[key] | undefined }): Pick<SearchDocument, 'langs'> {
  const set = Object.fromEntries(Object.entries(langs).filter(([, lang]) => lang !== undefined && (!Array.isArray(lang) || lang.length > 0)));
  return Object.keys(set).length > 0 ? { langs: set } : {};
}

type Piece = { text: string; lang: string | undefined };

/** Lines of pieces joined (`name · organization`, one line a person), with where each piece in another language lies. */
function joinPieces(lines: Piece[][]): { text: string; ranges: [number, number, string][] } {
  let text = '';
  const ranges: [number, number, string][] = [];
  lines.forEach((pieces, line) => {
    if (line > 0) text += '\n';
    pieces.forEach((piece, index) => {
      if (index > 0) text += ' · ';
      if (piece.lang) ranges.push([text.length, text.length + piece.text.length, piece.lang]);
      text += piece.text;
    });
  });
  return { text, ranges };
}

const affiliation = (speaker: SpeakerRef, first: 'name' | 'organization', second: 'organization' | 'role'): Piece[] => [
  { text: speaker[first], lang: textLang(speaker, first) },
  { text: speaker[second], lang: textLang(speaker, second) },
];

function sessionDocument(session: SessionView): SearchDocument {
  const t = dictionary(session.edition);
  const people = joinPieces(session.people.map(({ speaker }) => affiliation(speaker, 'name', 'organization')));
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: session.url,
    kind: 'session',
    url: session.url,
    title: session.title,
    people: people.text,
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
    ...langsOf({
      title: textLang(session, 'title'),
      people: people.ranges,
      text: textLang(session),
    }),
  };
}

function speakerDocument(speaker: SpeakerView): SearchDocument {
  const people = joinPieces([affiliation(speaker, 'organization', 'role')]);
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: speaker.url,
    kind: 'speaker',
    url: speaker.url,
    title: speaker.name,
    people: people.text,
    context: dictionary(speaker.edition).search.speakerContext(speaker.appearances.length),
    body: htmlToText(speaker.bioHtml),
    ...langsOf({
      title: textLang(speaker, 'name'),
      people: people.ranges,
      text: textLang(speaker),
    }),
  };
}

function topicDocument(topic: TopicSummary, sessionTitles: string[]): SearchDocument {
  return {
    ...EMPTY_SEARCH_FIELDS,
    id: topic.url,
    kind: 'topic',
    url: topic.url,
    title: topic.name,
    context: `${dictionary(topic.edition).event.sessionCount(topic.sessionCount)}${topic.edition === 'en' ? ': ' : '：'}${formatList(sessionTitles, topic.edition)}`,
    ...langsOf({ title: topic.lang, people: undefined, text: undefined }),
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
