/**
 * npm run bench:search — what a reader's first search costs, at the summit's size (both editions) and at
 * 10,000 synthetic sessions.
 *
 * Prints, for each size: the bytes a first query transfers (the manifest, the shards its words need and
 * the text of the hits on its first screen, each file gzip-compressed as a server sends it; and with the
 * text of 20 hits) beside what the single index of the first design weighed; and the time from a
 * keystroke to results in Chromium: for the search code alone on a blank page, files fetched over
 * loopback HTTP as typed, and, with BENCH_URL=http://localhost:<port> (a running `npm start`), for the
 * real /search page, on screen, reading each size's index in place of the built one.
 * Needs `contentlayer2 build` first (npm run build does it). Sizes: BENCH_SEARCH_SIZES=1000,10000 or
 * `npm run bench:search -- --sizes=1000` (0 or none: the summit only).
 */
import type { AsPlainObject } from 'minisearch';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/locales';
import { buildFullIndex } from '@/lib/search/engine';
import { openSearchIndex } from '@/lib/search/sharded';
import { shardIndex, type SearchIndexFiles } from '@/lib/search/shards';
import { publishedSearchDocuments } from '@/lib/search/source';
import { SEARCH_FIELDS, type SearchDocument } from '@/lib/search/types';
import { JUDGED } from './lib/judged-queries';
import { engineTimes, pageTimes, percentile } from './lib/search-bench-browser';
import { syntheticDocuments } from './lib/synthetic-sessions';

/** What a reader types, as the input sees it: Latin letter by letter, Chinese word by word (an IME commits words). */
const TYPED = [
  ['I', 'In', 'Ins', 'InsC', 'InsCo', 'InsCod', 'InsCode'],
  ['美团', '美团 G', '美团 GP', '美团 GPU', '美团 GPU 推理'],
  ['圆桌', '圆桌 开源'],
  ['算力', '算力芯片'],
  ['量子', '量子计算'],
  ['模型', '模型 部署'],
];
const FIRST_QUERIES = [
  ...new Set([...TYPED.map((typed) => typed.at(-1) ?? ''), ...JUDGED.map(([q]) => q)]),
];
/** The search page's first screen of hits (components/search/search-app.tsx reads more on scroll). */
const FIRST_SCREEN = 10;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const gzip = (text: string) => gzipSync(text).length;

/** The first design's single file: the whole index with every display field stored in it. */
function singleIndexBytes(full: AsPlainObject, documents: SearchDocument[]): number {
  const stored = ['kind', 'url', 'context', ...SEARCH_FIELDS] as const;
  const storedFields = Object.fromEntries(
    documents.map((document, at) => [at, Object.fromEntries(stored.map((f) => [f, document[f]]))]),
  );
  return gzip(JSON.stringify({ version: 1, index: { ...full, storedFields } }));
}

/** Bytes (gzip) a fresh reader's one query reads: the manifest, its shards, the text of `count` hits. */
async function firstQueryBytes(
  { manifest, files }: SearchIndexFiles,
  query: string,
  count: number,
) {
  const manifestText = JSON.stringify(manifest);
  let bytes = gzip(manifestText);
  const searcher = openSearchIndex(JSON.parse(manifestText), async (path) => {
    const text = files.get(path) ?? '';
    bytes += gzip(text);
    return JSON.parse(text);
  });
  await searcher.page(query, count);
  return bytes;
}

/** The reader's code as one script, the way the search page's bundle carries it. */
async function engineBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'lib/search/sharded.ts', formats: ['iife'], name: 'SearchEngine' },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as {
    output: { type: string; code?: string }[];
  };
  return first.output.find((chunk) => chunk.type === 'chunk')?.code ?? '';
}

const sizesArgument = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8);
const sizes = (sizesArgument ?? process.env.BENCH_SEARCH_SIZES ?? '10000')
  .split(',')
  .map(Number)
  .filter(Boolean);
const editions = Object.fromEntries(
  LOCALES.map((locale) => [locale, publishedSearchDocuments(contentFor(locale))]),
);
const summit = editions['zh-CN'] ?? [];
const sessionsOf = (documents: SearchDocument[]) =>
  documents.filter((d) => d.kind === 'session').length;
const corpora: Record<string, SearchDocument[]> = {
  ...Object.fromEntries(
    Object.entries(editions).map(([locale, documents]) => [
      `summit, ${locale} (${sessionsOf(documents)} sessions)`,
      documents,
    ]),
  ),
  ...Object.fromEntries(
    sizes.map((size) => [
      `${size.toLocaleString('en')} synthetic sessions`,
      syntheticDocuments(summit, size),
    ]),
  ),
};
const bundle = await engineBundle();
const site = process.env.BENCH_URL?.replace(/\/$/, '');
console.log(
  `Search code (tokenizer, MiniSearch, ranking, snippets, shard reader): ${kb(gzip(bundle))} gzip`,
);
console.log(
  `First query: manifest + the shards its words need + the text of its first ${FIRST_SCREEN} hits (and of 20), each file gzip (level 6)`,
);
for (const [name, documents] of Object.entries(corpora)) {
  const started = performance.now();
  const full = buildFullIndex(documents);
  const index = shardIndex(full, documents);
  const built = performance.now() - started;
  console.log(
    `\n  ${name}: ${documents.length} documents, ${index.manifest.keys.length} shards (built in ${ms(built)})`,
  );
  console.log(`    manifest ${kb(gzip(JSON.stringify(index.manifest)))} gzip`);
  for (const count of [FIRST_SCREEN, 20]) {
    const perQuery: number[] = [];
    for (const query of FIRST_QUERIES) perQuery.push(await firstQueryBytes(index, query, count));
    const worst = FIRST_QUERIES[perQuery.indexOf(Math.max(...perQuery))];
    console.log(
      `    first query with ${count} hits' text, over ${FIRST_QUERIES.length} queries: median ${kb(percentile(perQuery, 0.5))}, largest ${kb(Math.max(...perQuery))} (${worst})`,
    );
  }
  console.log(
    `    the first design's single index file: ${kb(singleIndexBytes(full, documents))} gzip`,
  );
  const engine = await engineTimes(bundle, index, TYPED);
  console.log(
    `    Chromium, search code on a blank page, over ${engine.cold.count} keystrokes: fetching as typed median ${ms(engine.cold.median)}, p95 ${ms(engine.cold.p95)}; files in hand median ${ms(engine.warm.median)}, p95 ${ms(engine.warm.p95)}`,
  );
  if (site && documents !== editions.en) {
    const page = await pageTimes(site, index, TYPED);
    console.log(
      `    Chromium, the /search page of ${site}, keystroke to results on screen over ${page.count} keystrokes (each sequence on a fresh page): median ${ms(page.median)}, p95 ${ms(page.p95)}`,
    );
  }
}
