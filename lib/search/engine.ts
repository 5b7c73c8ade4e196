import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { highlight, snippetOf } from './highlight';
import { decodeNumbers } from './numbers';
import type { SearchShard } from './shard-format';
import { matchesByPrefix, queryTerms, tokenize } from './tokenize';
import {
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchKind,
} from './types';

/** Bump when the tokenizer, the fields or the files change, so an old index is never read with new code. */
export const SEARCH_INDEX_VERSION = 3;

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

/** A whole index, or (with an empty index and the archive's statistics) the start of a sharded one. */
export const loadIndex = (js: AsPlainObject) => MiniSearch.loadJS<SearchDocument>(js, options);

/** The private maps of a loaded MiniSearch 7.2 index that loadJS fills and extendIndex adds to. */
interface IndexInternals {
  _index: { set: (term: string, data: Map<number, Map<number, number>>) => unknown };
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, { kind: SearchKind }>;
}

const hasInternals = (index: Partial<IndexInternals>): index is IndexInternals =>
  typeof index._index?.set === 'function' &&
  [index._documentIds, index._idToShortId, index._fieldLength, index._storedFields].every(
    (map) => map instanceof Map,
  );

/**
 * Adds a shard's terms, and the documents their postings name, to a loaded index without rebuilding it
 * (`sharedLengths`: the length columns of the fields whose lengths the shard does not carry):
 * MiniSearch loads an index only whole, and reloading every shard read so far on each new one cost more
 * than the search itself. This fills the same private maps loadJS fills (MiniSearch is pinned); it checks
 * they exist, so an upgrade that renames them fails loudly, and the shards test compares every score
 * with the whole index's.
 */
export function extendIndex(
  miniSearch: MiniSearch<SearchDocument>,
  { terms, fields }: SearchShard,
  kindOf: (document: number) => SearchKind,
  sharedLengths: ReadonlyMap<number, readonly number[]>,
): void {
  const internals = miniSearch as unknown as Partial<IndexInternals>;
  if (!hasInternals(internals))
    throw new Error('MiniSearch no longer has the maps extendIndex fills: check its version');
  const { _index, _documentIds, _idToShortId, _fieldLength, _storedFields } = internals;
  const data = terms.map(() => new Map<number, Map<number, number>>());
  for (const [fieldId, ...columns] of fields) {
    const [places, gaps, frequencies, lengths] = columns.map(decodeNumbers) as number[][];
    const shared = sharedLengths.get(fieldId) ?? [];
    let at = 0;
    let inline = 0;
    let term = -1;
    for (let place = 0; place < (places?.length ?? 0); place += 2) {
      term += places?.[place] ?? 0;
      const countAndShared = places?.[place + 1] ?? 0;
      const isShared = countAndShared % 2 === 1;
      const postings = new Map<number, number>();
      let document = 0;
      for (const end = at + Math.floor(countAndShared / 2); at < end; at += 1) {
        document += gaps?.[at] ?? 0;
        postings.set(document, frequencies?.[at] ?? 0);
        let documentLengths = _fieldLength.get(document);
        if (!documentLengths) {
          _documentIds.set(document, document);
          _idToShortId.set(document, document);
          _storedFields.set(document, { kind: kindOf(document) });
          _fieldLength.set(document, (documentLengths = []));
        }
        documentLengths[fieldId] = (isShared ? shared[document] : lengths?.[inline++]) ?? 0;
      }
      data[term]?.set(fieldId, postings);
    }
  }
  terms.forEach((term, at) => _index.set(term, data[at] as Map<number, Map<number, number>>));
}

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
