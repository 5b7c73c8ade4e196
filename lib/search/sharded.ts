import type { SearchResult } from 'minisearch';
import {
  extendIndex,
  loadIndex,
  rank,
  SEARCH_INDEX_VERSION,
  toHit,
  type DisplayDocument,
} from './engine';
import {
  documentFile,
  kindOf,
  lengthsFile,
  shardFile,
  shardsForTerms,
  type SearchManifest,
  type SearchShard,
} from './shard-format';
import { decodeNumbers } from './numbers';
import { queryTerms } from './tokenize';
import type { SearchHit } from './types';

/** Reads one JSON file of the index, by its path relative to the manifest's folder. */
export type ReadIndexFile = (path: string) => Promise<unknown>;

/** The first `hits.length` hits of a query, of `total` pages that match it. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

export interface Searcher {
  documentCount: number;
  /**
   * Reads the shards the query's words need (once each), ranks, then reads the text of the first
   * `count` hits; asked again with a larger count, it reads only the text of the further hits.
   */
  page: (query: string, count: number) => Promise<SearchPage>;
  /** The first `limit` hits (20 unless told). */
  search: (query: string, limit?: number) => Promise<SearchHit[]>;
}

/**
 * A searcher over a sharded index: the loaded shards, with the archive's statistics from the manifest,
 * form a MiniSearch index that scores exactly as the whole index would for the words they hold.
 */
export function openSearchIndex(manifest: SearchManifest, read: ReadIndexFile): Searcher {
  if (manifest.version !== SEARCH_INDEX_VERSION)
    throw new Error(`search index version ${manifest.version}, expected ${SEARCH_INDEX_VERSION}`);
  const index = loadIndex({
    ...manifest.stats,
    documentIds: {},
    fieldLength: {},
    storedFields: {},
    index: [],
    serializationVersion: 2,
  });
  const kindOfDocument = (document: number) => kindOf(manifest.kinds, document);
  const shards = new Map<number, Promise<void>>();
  const documents = new Map<number, Promise<DisplayDocument>>();
  // Each field's length column, read when a shard's common word first needs it.
  const lengthReads = new Map<number, Promise<void>>();
  const lengths = new Map<number, number[]>();
  // The last query's ranking: asking for more of its hits reads their text without ranking again.
  let last: { query: string; results: SearchResult[] } | undefined;
  // The segmenter loads its dictionary on first use (a few hundred ms in Chromium): pay that now, not on a keystroke.
  queryTerms('预热');

  const loadShard = (shard: number) => {
    let pending = shards.get(shard);
    if (!pending) {
      // The shared length columns it needs (named by the manifest) come at the same time as the shard.
      const columns = (manifest.sharedLengths[shard] ?? []).map(loadLengths);
      pending = Promise.all([read(shardFile(manifest.base, shard)), ...columns]).then(([file]) =>
        extendIndex(index, file as SearchShard, kindOfDocument, lengths),
      );
      // A failed read is tried again by the next query instead of being remembered.
      pending.catch(() => shards.delete(shard));
      shards.set(shard, pending);
    }
    return pending;
  };
  const loadLengths = async (fieldId: number) => {
    let pending = lengthReads.get(fieldId);
    if (!pending) {
      pending = read(lengthsFile(manifest.base, fieldId)).then((text) => {
        lengths.set(fieldId, decodeNumbers(text as string));
      });
      pending.catch(() => lengthReads.delete(fieldId));
      lengthReads.set(fieldId, pending);
    }
    return pending;
  };
  const loadDocument = (document: number) => {
    let pending = documents.get(document);
    if (!pending) {
      pending = read(documentFile(manifest.base, document)) as Promise<DisplayDocument>;
      pending.catch(() => documents.delete(document));
      documents.set(document, pending);
    }
    return pending;
  };

  async function ranked(query: string): Promise<SearchResult[]> {
    if (last?.query === query) return last.results;
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    await Promise.all(shardsForTerms(manifest.keys, terms).map(loadShard));
    last = { query, results: rank(index, query) };
    return last.results;
  }

  async function page(query: string, count: number): Promise<SearchPage> {
    const results = await ranked(query);
    const shown = results.slice(0, count);
    const texts = await Promise.all(shown.map((result) => loadDocument(Number(result.id))));
    return {
      total: results.length,
      hits: shown.map((result, at) => toHit(result, texts[at] as DisplayDocument)),
    };
  }

  return {
    documentCount: manifest.stats.documentCount,
    page,
    search: async (query, limit = 20) => (await page(query, limit)).hits,
  };
}
