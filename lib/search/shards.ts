import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import { buildFullIndex, SEARCH_INDEX_VERSION, type DisplayDocument } from './engine';
import {
  documentFile,
  shardFile,
  type SearchManifest,
  type SearchShard,
} from './shard-format';
import type { SearchDocument } from './types';

/** A shard past this many bytes of JSON is split by its terms' next character (a single term stays whole). */
export const MAX_SHARD_BYTES = 12 * 1024;

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

const size = (terms: SearchShard['terms']) => JSON.stringify(terms).length;

/** Groups terms under keys of their leading characters, one more character wherever a group is too big. */
function splitByKeys(terms: SearchShard['terms'], key: string, into: Map<string, SearchShard['terms']>) {
  if (size(terms) <= MAX_SHARD_BYTES) {
    into.set(key, terms);
    return;
  }
  const depth = [...key].length;
  const here: SearchShard['terms'] = [];
  const children = new Map<string, SearchShard['terms']>();
  for (const entry of terms) {
    const chars = [...entry[0]];
    if (chars.length <= depth) here.push(entry);
    else {
      const child = chars.slice(0, depth + 1).join('');
      const group = children.get(child);
      if (group) group.push(entry);
      else children.set(child, [entry]);
    }
  }
  // A key's own terms stay under it even when no shorter group remains (its one long word).
  if (here.length > 0 || children.size === 0) into.set(key, here);
  for (const [child, childTerms] of children) splitByKeys(childTerms, child, into);
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
  if (kind === 'topic') return { id, kind, url, title, people, context };
  const { headline, summary, takeaways, quotes, body } = document;
  return { id, kind, url, title, people, context, headline, summary, takeaways, quotes, body };
};

export interface SearchIndexFiles {
  manifest: SearchManifest;
  /** Paths relative to the manifest's folder → their JSON text. */
  files: Map<string, string>;
}

/** The index split into a manifest, shards by leading characters, and per-document display files. */
export function buildShardedIndex(documents: SearchDocument[]): SearchIndexFiles {
  const full = buildFullIndex(documents);
  const byFirst = new Map<string, SearchShard['terms']>();
  for (const entry of full.index) {
    const first = [...entry[0]][0] ?? '';
    const group = byFirst.get(first) ?? [];
    group.push(encodeTerm(entry, full.fieldLength));
    byFirst.set(first, group);
  }
  const groups = new Map<string, SearchShard['terms']>();
  for (const [first, terms] of [...byFirst].sort(([a], [b]) => (a < b ? -1 : 1)))
    splitByKeys(terms, first, groups);

  const contents = [...groups.values()].map((terms) => JSON.stringify({ terms }));
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
    keys: [...groups.keys()],
  };
  return { manifest, files };
}
