import type { AsPlainObject } from 'minisearch';
import { loadIndex, rank, SEARCH_INDEX_VERSION, toHit, type DisplayDocument } from './engine';
import {
  documentFile,
  kindOf,
  shardFile,
  shardsForTerms,
  type SearchManifest,
  type SearchShard,
} from './shard-format';
import { queryTerms } from './tokenize';
import type { SearchHit } from './types';

/** Reads one JSON file of the index, by its path relative to the manifest's folder. */
export type ReadIndexFile = (path: string) => Promise<unknown>;

export interface Searcher {
  documentCount: number;
  /** Reads the shards the query's words need (once each), ranks, then reads the shown hits' text. */
  search: (query: string, limit?: number) => Promise<SearchHit[]>;
}

/**
 * A searcher over a sharded index: the loaded shards, with the archive's statistics from the manifest,
 * form a MiniSearch index that scores exactly as the whole index would for the words they hold.
 */
export function openSearchIndex(manifest: SearchManifest, read: ReadIndexFile): Searcher {
  if (manifest.version !== SEARCH_INDEX_VERSION)
    throw new Error(`search index version ${manifest.version}, expected ${SEARCH_INDEX_VERSION}`);
  const loaded: AsPlainObject = {
    ...manifest.stats,
    documentIds: {},
    fieldLength: {},
    storedFields: {},
    index: [],
    serializationVersion: 2,
  };
  const shards = new Map<number, Promise<void>>();
  const documents = new Map<number, Promise<DisplayDocument>>();
  let index: ReturnType<typeof loadIndex> | undefined;
  // The segmenter loads its dictionary on first use (a few hundred ms in Chromium): pay that now, not on a keystroke.
  queryTerms('预热');

  function add({ terms }: SearchShard) {
    for (const [term, fields] of terms) {
      const data: AsPlainObject['index'][number][1] = {};
      for (const [fieldId, flat] of fields) {
        const postings: Record<number, number> = {};
        let document = 0;
        for (let at = 0; at < flat.length; at += 3) {
          document += flat[at] ?? 0;
          postings[document] = flat[at + 1] ?? 0;
          if (!(document in loaded.documentIds)) {
            loaded.documentIds[document] = document;
            loaded.storedFields[document] = { kind: kindOf(manifest.kinds, document) };
            loaded.fieldLength[document] = [];
          }
          (loaded.fieldLength[document] as number[])[fieldId] = flat[at + 2] ?? 0;
        }
        data[fieldId] = postings;
      }
      loaded.index.push([term, data]);
    }
    index = undefined;
  }

  const loadShard = (shard: number) => {
    let pending = shards.get(shard);
    if (!pending) {
      pending = read(shardFile(manifest.base, shard)).then((file) => add(file as SearchShard));
      // A failed read is tried again by the next query instead of being remembered.
      pending.catch(() => shards.delete(shard));
      shards.set(shard, pending);
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

  return {
    documentCount: manifest.stats.documentCount,
    async search(query, limit = 20) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      await Promise.all(shardsForTerms(manifest.keys, terms).map(loadShard));
      index ??= loadIndex(loaded);
      const results = rank(index, query).slice(0, limit);
      const shown = await Promise.all(results.map((result) => loadDocument(Number(result.id))));
      return results.map((result, at) => toHit(result, shown[at] as DisplayDocument));
    },
  };
}
