/** What the search index holds and returns; shared by the builder (build time) and the search page (browser). */

export type SearchKind = 'session' | 'speaker' | 'topic';

/** The searchable text fields, from strongest to weakest. */
export const SEARCH_FIELDS = [
  'title',
  'people',
  'topics',
  'headline',
  'summary',
  'takeaways',
  'quotes',
  'body',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One page a reader can land on: a session, a speaker or a topic, as plain text. */
export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  kind: SearchKind;
  url: string;
  /** The line under the title: a session's kind and event, a speaker's organization and role, a topic's count. */
  context: string;
  /** Languages of the shown text where it differs from the index's (an untranslated document in the English index). */
  langs?: SearchLangs;
}

/** `title` for the title, `text` for the snippet; `people` as [start, end, lang) ranges of the names' line. */
export interface SearchLangs {
  title?: string;
  text?: string;
  people?: [number, number, string][];
}

/** The file served at routes.searchIndex(): a MiniSearch index with the display fields stored. */
export interface SearchIndexFile {
  version: number;
  index: unknown;
}

export interface Highlighted {
  text: string;
  /** [start, end) offsets of matched words in text, sorted and not overlapping. */
  marks: [number, number][];
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  url: string;
  title: Highlighted;
  people: Highlighted;
  context: string;
  snippet?: Highlighted;
  langs?: SearchLangs;
  score: number;
}
