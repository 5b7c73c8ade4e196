/**
 * npm run bench:search — what a reader's first search costs, at the summit's size and at 10,000 sessions.
 *
 * Prints, for each size: the bytes a first query transfers (the manifest, the shards its words need and
 * the text of the hits it shows, each file gzip-compressed as a server sends it) beside what the single
 * index of the previous design weighed; and the time from a keystroke to ranked, highlighted results in
 * Chromium, the files served to the page over HTTP interception (no network delay), loading shards as
 * typed. With BENCH_URL=http://localhost:<port> it also types into the real /search page of a running
 * server and reads the keystroke-to-results measures the page records.
 * Needs `contentlayer2 build` first (npm run build does it). BENCH_SEARCH_SIZES=1000 picks other sizes.
 */
import { existsSync } from 'node:fs';
import type { AsPlainObject } from 'minisearch';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildFullIndex } from '../lib/search/engine';
import { openSearchIndex } from '../lib/search/sharded';
import { shardIndex, type SearchIndexFiles } from '../lib/search/shards';
import { publishedSearchDocuments } from '../lib/search/source';
import { SEARCH_FIELDS, type SearchDocument } from '../lib/search/types';
import { loadPublishedContent } from './lib/content-store';
import { JUDGED } from './lib/judged-queries';
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ??
  0;
const gzip = (text: string) => gzipSync(text).length;

/** The previous design's single file: the whole index with every display field stored in it. */
function singleIndexBytes(full: AsPlainObject, documents: SearchDocument[]): number {
  const stored = ['kind', 'url', 'context', ...SEARCH_FIELDS] as const;
  const storedFields = Object.fromEntries(
    documents.map((document, at) => [at, Object.fromEntries(stored.map((f) => [f, document[f]]))]),
  );
  return gzip(JSON.stringify({ version: 1, index: { ...full, storedFields } }));
}

/** Bytes (gzip) a fresh reader's one query reads: the manifest, its shards, its hits' text. */
async function firstQueryBytes({ manifest, files }: SearchIndexFiles, query: string) {
  const manifestText = JSON.stringify(manifest);
  let bytes = gzip(manifestText);
  const searcher = openSearchIndex(JSON.parse(manifestText), async (path) => {
    const text = files.get(path) ?? '';
    bytes += gzip(text);
    return JSON.parse(text);
  });
  await searcher.search(query);
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

const chromePath = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** Serves the index files on loopback, as a static host would (one file per request, no compression). */
function serveIndex(index: SearchIndexFiles, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
    const body = path === 'index.json' ? JSON.stringify(index.manifest) : index.files.get(path);
    if (path === '') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      return response.end('<!doctype html><html lang="zh-CN"><body></body></html>');
    }
    response.statusCode = body ? 200 : 404;
    response.setHeader('Content-Type', 'application/json');
    response.end(body ?? '');
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * Keystroke to results in Chromium, files fetched over loopback HTTP: each typed sequence by a fresh
 * reader (its first keystrokes wait for shards and hits' text), then typed again by the same reader
 * (files in hand: the search itself, as in the single-file design).
 */
async function browserTimes(bundle: string, index: SearchIndexFiles) {
  const server = await serveIndex(index, Number(process.env.BENCH_SEARCH_PORT ?? 0));
  const port = (server.address() as AddressInfo).port;
  const executablePath = chromePath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // tsx names the callback's inner functions with a helper the page lacks.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${bundle}` });
    const times = await page.evaluate(async (typed) => {
      const engine = (window as unknown as { SearchEngine: typeof import('../lib/search/sharded') })
        .SearchEngine;
      const read = async (path: string) => (await fetch(`/${path}`)).json();
      const cold: number[] = [];
      const warm: number[] = [];
      for (const sequence of typed) {
        const searcher = engine.openSearchIndex(await read('index.json'), read);
        for (const pass of [cold, warm]) {
          for (const query of sequence) {
            const at = performance.now();
            await searcher.search(query);
            pass.push(performance.now() - at);
          }
        }
      }
      return { cold, warm };
    }, TYPED);
    const summary = (values: number[]) => ({
      median: percentile(values, 0.5),
      p95: percentile(values, 0.95),
    });
    return { cold: summary(times.cold), warm: summary(times.warm), count: times.cold.length };
  } finally {
    await browser.close();
    server.close();
  }
}

async function pageTimes(url: string) {
  const executablePath = chromePath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search`, { waitUntil: 'networkidle' });
    const input = page.getByRole('searchbox', { name: '搜索关键词' });
    for (const query of TYPED.flat()) {
      await input.fill(query);
      await page.waitForTimeout(150);
    }
    const measures = await page.evaluate(() =>
      performance.getEntriesByName('search:keystroke-to-results').map((entry) => entry.duration),
    );
    return {
      count: measures.length,
      median: percentile(measures, 0.5),
      p95: percentile(measures, 0.95),
    };
  } finally {
    await browser.close();
  }
}

const summit = publishedSearchDocuments(await loadPublishedContent());
const sizes = (process.env.BENCH_SEARCH_SIZES ?? '10000').split(',').map(Number).filter(Boolean);
const corpora: Record<string, SearchDocument[]> = {
  [`summit (${summit.filter((d) => d.kind === 'session').length} sessions)`]: summit,
  ...Object.fromEntries(
    sizes.map((size) => [
      `${size.toLocaleString('en')} synthetic sessions`,
      syntheticDocuments(summit, size),
    ]),
  ),
};
const bundle = await engineBundle();
console.log(
  `Search code (tokenizer, MiniSearch, ranking, snippets, shard reader): ${kb(gzip(bundle))} gzip`,
);
console.log(
  `First query: manifest + the shards its words need + its hits' text, each file gzip (level 6)`,
);
for (const [name, documents] of Object.entries(corpora)) {
  const started = performance.now();
  const full = buildFullIndex(documents);
  const index = shardIndex(full, documents);
  const built = performance.now() - started;
  const perQuery = await Promise.all(FIRST_QUERIES.map((query) => firstQueryBytes(index, query)));
  const worst = FIRST_QUERIES[perQuery.indexOf(Math.max(...perQuery))];
  console.log(
    `\n  ${name}: ${documents.length} documents, ${index.manifest.keys.length} shards (built in ${ms(built)})`,
  );
  console.log(`    manifest ${kb(gzip(JSON.stringify(index.manifest)))} gzip`);
  console.log(
    `    first query over ${FIRST_QUERIES.length} queries: median ${kb(percentile(perQuery, 0.5))}, largest ${kb(Math.max(...perQuery))} (${worst})`,
  );
  console.log(
    `    previous design's single index file: ${kb(singleIndexBytes(full, documents))} gzip`,
  );
  const browser = await browserTimes(bundle, index);
  console.log(
    `    Chromium keystroke to results over ${browser.count} keystrokes: fetching shards and hits' text as typed (loopback HTTP) median ${ms(browser.cold.median)}, p95 ${ms(browser.cold.p95)}; files in hand median ${ms(browser.warm.median)}, p95 ${ms(browser.warm.p95)}`,
  );
}
if (process.env.BENCH_URL) {
  const result = await pageTimes(process.env.BENCH_URL.replace(/\/$/, ''));
  console.log(
    `\n  /search page at ${process.env.BENCH_URL}: keystroke to results on screen, median ${ms(result.median)}, p95 ${ms(result.p95)} (${result.count} keystrokes)`,
  );
}
