/**
 * The search index as files: a small manifest, shards of terms, and one file per document's display text.
 * Shared by the builder (lib/search/shards.ts, build time) and the reader (lib/search/sharded.ts, browser).
 */
import type { AsPlainObject } from 'minisearch';
import { matchesByPrefix } from './tokenize';
import type { SearchKind } from './types';

/** Served at routes.searchIndex(): what every query reads first. */
export interface SearchManifest {
  version: number;
  /** The folder of this build's shards and documents, beside the manifest; named by their content. */
  base: string;
  /** The whole archive's statistics, so scores from a few shards equal scores from the whole index. */
  stats: Pick<AsPlainObject, 'documentCount' | 'nextId' | 'fieldIds' | 'averageFieldLength'>;
  /** Runs of document numbers by kind, as [first number, kind]; documents are numbered kind by kind. */
  kinds: [number, SearchKind][];
  /** Shard n (file `<base>/<n>.json`) holds the terms whose longest leading key in this list is its key. */
  keys: string[];
}

/**
 * One shard: per term, per field, a flat list of (document number − previous number, term frequency,
 * the document's length in that field) triples; the field length is what BM25 needs of the document.
 */
export interface SearchShard {
  terms: [term: string, fields: [fieldId: number, postings: number[]][]][];
}

export const shardFile = (base: string, shard: number) => `${base}/${shard}.json`;
export const documentFile = (base: string, document: number) => `${base}/d/${document}.json`;

/** The shard a term is stored in: the longest key it starts with. */
export function shardOf(keys: readonly string[], term: string): number | undefined {
  let best: number | undefined;
  keys.forEach((key, shard) => {
    if (term.startsWith(key) && (best === undefined || key.length > (keys[best] ?? '').length))
      best = shard;
  });
  return best;
}

/**
 * The shards a query reads: each word's own shard, and, when the word also finds longer words it
 * starts (ins → inscode), every shard whose key starts with it; the keys are leading characters, so a
 * word's completions sit in few shards.
 */
export function shardsForTerms(keys: readonly string[], terms: readonly string[]): number[] {
  const shards = new Set<number>();
  terms.forEach((term, index) => {
    const own = shardOf(keys, term);
    if (own !== undefined) shards.add(own);
    if (!matchesByPrefix(term, index, terms)) return;
    keys.forEach((key, shard) => key.startsWith(term) && shards.add(shard));
  });
  return [...shards].sort((a, b) => a - b);
}

export function kindOf(kinds: SearchManifest['kinds'], document: number): SearchKind {
  let kind = kinds[0]?.[1] ?? 'session';
  for (const [first, runKind] of kinds) if (document >= first) kind = runKind;
  return kind;
}
