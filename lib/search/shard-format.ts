/**
 * The search index as files: a small manifest, shards of terms, each field's column of document lengths
 * (for common words), and one file per document's display text.
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
  /**
   * The terms in sorted order, cut into shards of about equal size; key n is the shortest leading part
   * of shard n's first term that sorts after shard n − 1's last, so shard n (file `<base>/<n>.json`)
   * holds the terms from key n up to key n + 1. A prefix's completions sort together: few shards.
   */
  keys: string[];
  /** The shards whose common words read shared length columns: shard number → those fields' ids. */
  sharedLengths: Record<number, number[]>;
}

/**
 * One shard, as columns (runs of like numbers compress far better under gzip than interleaved records),
 * each a list of numbers written by encodeNumbers: its terms in sorted order, then per field the terms
 * it holds, as pairs (term number − the previous one's, 2 × number of postings + 1 when their lengths
 * are in the field's shared column), and all those postings term after term as runs: the gaps between
 * successive document numbers (mostly 1 for a common word), the term's frequency in each document, and
 * (unless shared) each document's length in that field, which BM25 needs of the document.
 */
export interface SearchShard {
  terms: string[];
  fields: ShardField[];
}
export type ShardField = [
  fieldId: number,
  places: string,
  gaps: string,
  frequencies: string,
  lengths: string,
];

/**
 * A word found in at least this share of the documents that have a field (and in at least
 * SHARED_LENGTHS_MINIMUM of them) reads their lengths in that field from the field's column
 * (`<base>/l/<field id>.json`, every document's length, read once) instead of carrying them: two
 * common words of a query then pay for the lengths once. A small archive never needs the columns.
 */
export const SHARED_LENGTHS_SHARE = 0.5;
export const SHARED_LENGTHS_MINIMUM = 256;

export const shardFile = (base: string, shard: number) => `${base}/${shard}.json`;
export const documentFile = (base: string, document: number) => `${base}/d/${document}.json`;
export const lengthsFile = (base: string, fieldId: number) => `${base}/l/${fieldId}.json`;

/** The shard a term is stored in: the last whose key sorts at or before it. */
export function shardOf(keys: readonly string[], term: string): number | undefined {
  let low = 0;
  let high = keys.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] as string) <= term) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The shards a query reads: each word's own shard and, when the word also finds longer words it
 * starts (ins → inscode), the shards after it whose keys start with it (its completions sort together).
 */
export function shardsForTerms(keys: readonly string[], terms: readonly string[]): number[] {
  const shards = new Set<number>();
  terms.forEach((term, index) => {
    const own = shardOf(keys, term) ?? 0;
    shards.add(own);
    if (!matchesByPrefix(term, index, terms)) return;
    for (let next = own + 1; next < keys.length && keys[next]?.startsWith(term); next += 1)
      shards.add(next);
  });
  return [...shards].sort((a, b) => a - b);
}

export function kindOf(kinds: SearchManifest['kinds'], document: number): SearchKind {
  let kind = kinds[0]?.[1] ?? 'session';
  for (const [first, runKind] of kinds) if (document >= first) kind = runKind;
  return kind;
}
