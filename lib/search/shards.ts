import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import { buildFullIndex, SEARCH_INDEX_VERSION, type DisplayDocument } from './engine';
import {
  encodeShard,
  lengthColumns,
  sharedFields,
  termPostings,
  type TermPostings,
} from './shard-encoding';
import {
  documentFile,
  lengthsFile,
  SHARED_LENGTHS_MINIMUM,
  shardFile,
  type SearchManifest,
} from './shard-format';
import type { SearchDocument } from './types';

/**
 * A shard holds about this many bytes of JSON (one term with more postings stays whole): small enough
 * that a rare word's query reads little (the summit's queries read a quarter of its terms), large
 * enough that the manifest's keys stay a few KB at 10,000 sessions (2,679 shards, a 9.5 KB manifest).
 */
export const MAX_SHARD_BYTES = 8 * 1024;

/** The shortest leading part of `first` that sorts after `previous`: the shard's key in the manifest. */
function separator(previous: string | undefined, first: string): string {
  if (previous === undefined) return '';
  const chars = [...first];
  for (let length = 1; length <= chars.length; length += 1) {
    const key = chars.slice(0, length).join('');
    if (key > previous) return key;
  }
  return first;
}

/** Cuts the sorted terms into shards of about `maxBytes` of JSON each. */
function cut(
  entries: TermPostings[],
  maxBytes: number,
): { keys: string[]; shards: TermPostings[][] } {
  const keys: string[] = [];
  const shards: TermPostings[][] = [];
  let current: TermPostings[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (current.length > 0 && bytes + entry.bytes > maxBytes) {
      shards.push(current);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) keys.push(separator(shards.at(-1)?.at(-1)?.term, entry.term));
    current.push(entry);
    bytes += entry.bytes;
  }
  if (current.length > 0) shards.push(current);
  return { keys, shards };
}

/** Document numbers must run kind by kind for the manifest's runs to describe them. */
function kindRuns(documents: SearchDocument[]): SearchManifest['kinds'] {
  const runs: SearchManifest['kinds'] = [];
  documents.forEach((document, index) => {
    if (runs.at(-1)?.[1] !== document.kind) runs.push([index, document.kind]);
  });
  if (new Set(runs.map(([, kind]) => kind)).size !== runs.length)
    throw new Error('search documents must be grouped by kind');
  return runs;
}

const display = (document: SearchDocument): DisplayDocument => {
  const { id, kind, url, title, people, context } = document;
  const langs = document.langs ? { langs: document.langs } : {};
  if (kind === 'topic') return { id, kind, url, title, people, context, ...langs };
  const { headline, summary, takeaways, quotes, body } = document;
  return { id, kind, url, title, people, context, headline, summary, takeaways, quotes, body, ...langs };
};

export interface SearchIndexFiles {
  manifest: SearchManifest;
  /** Paths relative to the manifest's folder → their JSON text. */
  files: Map<string, string>;
}

export interface ShardOptions {
  maxShardBytes?: number;
  /** Fewest documents a word must be in for its lengths to come from the shared columns. */
  sharedLengthsMinimum?: number;
}

/** The index split into a manifest, shards by leading characters, length columns and display files. */
export const buildShardedIndex = (
  documents: SearchDocument[],
  options?: ShardOptions,
): SearchIndexFiles => shardIndex(buildFullIndex(documents), documents, options);

/** Splits a whole index built from `documents` (in the same order). */
export function shardIndex(
  full: AsPlainObject,
  documents: SearchDocument[],
  {
    maxShardBytes = MAX_SHARD_BYTES,
    sharedLengthsMinimum = SHARED_LENGTHS_MINIMUM,
  }: ShardOptions = {},
): SearchIndexFiles {
  const entries = termPostings(full, sharedLengthsMinimum);
  const { keys, shards } = cut(entries, maxShardBytes);
  const contents = shards.map((terms) => JSON.stringify(encodeShard(terms)));
  const lengths = [...lengthColumns(full, entries)].map(
    ([id, text]) => [id, JSON.stringify(text)] as const,
  );
  const displays = documents.map((document) => JSON.stringify(display(document)));
  const base = createHash('sha256')
    .update(
      JSON.stringify([full.documentCount, full.averageFieldLength, contents, lengths, displays]),
    )
    .digest('hex')
    .slice(0, 12);
  const files = new Map<string, string>();
  contents.forEach((text, shard) => files.set(shardFile(base, shard), text));
  for (const [fieldId, text] of lengths) files.set(lengthsFile(base, fieldId), text);
  displays.forEach((text, document) => files.set(documentFile(base, document), text));
  const { documentCount, nextId, fieldIds, averageFieldLength } = full;
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    base,
    stats: { documentCount, nextId, fieldIds, averageFieldLength },
    kinds: kindRuns(documents),
    keys,
    sharedLengths: Object.fromEntries(
      shards
        .map((terms, shard) => [shard, sharedFields(terms)] as const)
        .filter(([, fields]) => fields.length > 0),
    ),
  };
  return { manifest, files };
}
