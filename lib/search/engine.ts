import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { highlight, snippetOf } from './highlight';
import { matchesByPrefix, queryTerms, tokenize } from './tokenize';
import {
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchIndexFile,
} from './types';

/** Bump when the tokenizer or the fields change, so a cached old index is never read with new code. */
export const SEARCH_INDEX_VERSION = 1;

/** Title and people outweigh topics, which outweigh the text around them. */
export const FIELD_BOOSTS: Record<SearchField, number> = {
  title: 5,
  people: 4,
  topics: 2.5,
  headline: 1.5,
  summary: 1.2,
  takeaways: 1,
  quotes: 1,
  body: 0.8,
};

/** A match in the title, a person's name or organization, or a topic means the page is about the word. */
const STRONG_FIELDS: ReadonlySet<string> = new Set<SearchField>(['title', 'people', 'topics']);

const STORED_FIELDS = ['kind', 'url', 'context', ...SEARCH_FIELDS] as const;

const options: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
  // tokenize() already normalizes; MiniSearch's default processTerm would only lowercase again.
  processTerm: (term) => term,
  searchOptions: {
    tokenize: queryTerms,
    combineWith: 'AND',
    prefix: matchesByPrefix,
    boost: FIELD_BOOSTS,
  },
};

/** Built once at build time and served as a static file. */
export function buildSearchIndex(documents: SearchDocument[]): SearchIndexFile {
  const miniSearch = new MiniSearch<SearchDocument>(options);
  miniSearch.addAll(documents);
  return { version: SEARCH_INDEX_VERSION, index: miniSearch.toJSON() };
}

type StoredDocument = Pick<SearchDocument, (typeof STORED_FIELDS)[number]>;

function toHit(result: SearchResult): SearchHit {
  const stored = result as unknown as StoredDocument & SearchResult;
  const terms = result.terms;
  return {
    id: String(result.id),
    kind: stored.kind,
    url: stored.url,
    title: highlight(stored.title, terms),
    people: highlight(stored.people, terms),
    context: stored.context,
    ...(stored.kind === 'topic' ? {} : { snippet: snippetOf(stored, terms) }),
    score: result.score,
  };
}

/** A topic page only lists sessions: at equal strength, the session itself is the better answer. */
const KIND_WEIGHT: Record<SearchDocument['kind'], number> = { session: 1, speaker: 1, topic: 0.4 };
const weighted = (result: SearchResult) =>
  result.score * KIND_WEIGHT[(result as unknown as StoredDocument).kind];

/** How many of the matched words sit in the title or a person's name and organization. */
const strongMatches = (result: SearchResult) =>
  result.terms.filter((term) => result.match[term]?.some((field) => STRONG_FIELDS.has(field)))
    .length;

export interface Searcher {
  search: (query: string, limit?: number) => SearchHit[];
  documentCount: number;
}

/** Loads a served index; every query word must match, pages matched by title or people first. */
export function loadSearchIndex(file: SearchIndexFile): Searcher {
  if (file.version !== SEARCH_INDEX_VERSION)
    throw new Error(`search index version ${file.version}, expected ${SEARCH_INDEX_VERSION}`);
  const miniSearch = MiniSearch.loadJS<SearchDocument>(
    file.index as Parameters<typeof MiniSearch.loadJS>[0],
    options,
  );
  // The segmenter loads its dictionary on first use (a few hundred ms in Chromium): pay that now, not on a keystroke.
  queryTerms('预热');
  return {
    documentCount: miniSearch.documentCount,
    search(query, limit = 20) {
      if (queryTerms(query).length === 0) return [];
      return miniSearch
        .search(query)
        .map((result) => ({ result, strong: strongMatches(result) }))
        .sort((a, b) => b.strong - a.strong || weighted(b.result) - weighted(a.result))
        .slice(0, limit)
        .map(({ result }) => toHit(result));
    },
  };
}
