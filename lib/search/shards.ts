import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import { buildFullIndex, SEARCH_INDEX_VERSION, type DisplayDocument } from './engine';
import { documentFile, shardFile, type SearchManifest, type SearchShard } from './shard-format';
import type { SearchDocument } from './types';

/** A shard holds about this many bytes of JSON (one term with more postings stays whole). */
export const MAX_SHARD_BYTES = 32 * 1024;

type Entry = AsPlainObject['index'][number];

/** One term's postings as flat (document delta, frequency, field length) triples, per field. */
function encodeTerm([term, fields]: Entry, fieldLength: AsPlainObject['fieldLength']) {
  const encoded: [number, number[]][] = Object.entries(fields).map(([fieldId, postings]) => {
    const id = Number(fieldId);
    const documents = Object.keys(postings)
      .map(Number)
      .sort((a, b) => a - b);
    const flat: number[] = [];
    let previous = 0;
    for (const document of documents) {
      flat.push(document - previous, postings[document] ?? 0, fieldLength[document]?.[id] ?? 0);
      previous = document;
    }
    return [id, flat];
  });
  return [term, encoded] as SearchShard['terms'][number];
}

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

/** Cuts the sorted terms into shards of about MAX_SHARD_BYTES of JSON each. */
function cut(entries: SearchShard['terms']): { keys: string[]; shards: SearchShard['terms'][] } {
  const keys: string[] = [];
  const shards: SearchShard['terms'][] = [];
  let current: SearchShard['terms'] = [];
  let bytes = 0;
  for (const entry of entries) {
    const entryBytes = JSON.stringify(entry).length;
    if (current.length > 0 && bytes + entryBytes > MAX_SHARD_BYTES) {
      shards.push(current);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) keys.push(separator(shards.at(-1)?.at(-1)?.[0], entry[0]));
    current.push(entry);
    bytes += entryBytes;
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

/** The index split into a manifest, shards by leading characters, and per-document display files. */
export const buildShardedIndex = (documents: SearchDocument[]): SearchIndexFiles =>
  shardIndex(buildFullIndex(documents), documents);

/** Splits a whole index built from `documents` (in the same order). */
export function shardIndex(full: AsPlainObject, documents: SearchDocument[]): SearchIndexFiles {
  const entries = full.index
    .map((entry) => encodeTerm(entry, full.fieldLength))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { keys, shards } = cut(entries);
  const contents = shards.map((terms) => JSON.stringify({ terms }));
  const displays = documents.map((document) => JSON.stringify(display(document)));
  const base = createHash('sha256')
    .update(JSON.stringify([full.documentCount, full.averageFieldLength, contents, displays]))
    .digest('hex')
    .slice(0, 12);
  const files = new Map<string, string>();
  contents.forEach((text, shard) => files.set(shardFile(base, shard), text));
  displays.forEach((text, document) => files.set(documentFile(base, document), text));
  const { documentCount, nextId, fieldIds, averageFieldLength } = full;
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    base,
    stats: { documentCount, nextId, fieldIds, averageFieldLength },
    kinds: kindRuns(documents),
    keys,
  };
  return { manifest, files };
}
