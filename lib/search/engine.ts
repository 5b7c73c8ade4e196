import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { highlight, snippetOf } from './highlight';
import { matchesByPrefix, queryTerms, tokenize } from './tokenize';
import {
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchKind,
} from './types';

/** Bump when the tokenizer, the fields or the files change, so an old index is never read with new code. */
export const SEARCH_INDEX_VERSION = 2;

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

/** Ranking reads only a document's kind; the text shown for a hit is fetched for the hits shown. */
const options: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['kind'],
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

/** The whole index, built once at build time (lib/search/shards.ts splits it into files). */
export function buildFullIndex(documents: SearchDocument[]): AsPlainObject {
  const miniSearch = new MiniSearch<SearchDocument>(options);
  miniSearch.addAll(documents);
  return miniSearch.toJSON();
}

/** An index holding some of the terms (the loaded shards) with the whole archive's statistics. */
export const loadIndex = (js: AsPlainObject) => MiniSearch.loadJS<SearchDocument>(js, options);

/** The text a hit shows: the document's display fields. */
export type DisplayDocument = Pick<
  SearchDocument,
  'id' | 'kind' | 'url' | 'title' | 'people' | 'context' | 'langs'
> &
  Partial<Pick<SearchDocument, 'headline' | 'summary' | 'takeaways' | 'quotes' | 'body'>>;

export function toHit(result: SearchResult, document: DisplayDocument): SearchHit {
  const terms = result.terms;
  return {
    id: document.id,
    kind: document.kind,
    url: document.url,
    title: highlight(document.title, terms),
    people: highlight(document.people, terms),
    context: document.context,
    ...(document.langs ? { langs: document.langs } : {}),
    ...(document.kind === 'topic' ? {} : { snippet: snippetOf(document, terms) }),
    score: result.score,
  };
}

/** A topic page only lists sessions: at equal strength, the session itself is the better answer. */
const KIND_WEIGHT: Record<SearchKind, number> = { session: 1, speaker: 1, topic: 0.4 };
const weighted = (result: SearchResult) =>
  result.score * KIND_WEIGHT[(result as unknown as { kind: SearchKind }).kind];

/** How many of the matched words sit in the title or a person's name and organization. */
const strongMatches = (result: SearchResult) =>
  result.terms.filter((term) => result.match[term]?.some((field) => STRONG_FIELDS.has(field)))
    .length;

/** Every query word must match; pages matched by title or people first, then by weighted score. */
export function rank(miniSearch: MiniSearch<SearchDocument>, query: string): SearchResult[] {
  if (queryTerms(query).length === 0) return [];
  return miniSearch
    .search(query)
    .map((result) => ({ result, strong: strongMatches(result) }))
    .sort((a, b) => b.strong - a.strong || weighted(b.result) - weighted(a.result))
    .map(({ result }) => result);
}
