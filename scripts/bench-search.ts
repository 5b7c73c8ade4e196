/**
 * npm run bench:search — what a first search costs a reader, at the summit's size and at 1,000 sessions.
 *
 * Prints, for each size: the index file's bytes (raw, and as sent with gzip and brotli); the search code's
 * bytes; and the time from a keystroke to ranked, highlighted results, in Node and in Chromium (the engine
 * bundled as the search page ships it): loading the index once, then each keystroke of typed queries.
 * With BENCH_URL=http://localhost:<port> it also types into the real /search page of a running server and
 * reads the keystroke-to-results measures the page records.
 * Needs `contentlayer2 build` first (npm run build does it).
 */
import { existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildSearchIndex, loadSearchIndex } from '../lib/search/engine';
import { publishedSearchDocuments } from '../lib/search/source';
import type { SearchDocument } from '../lib/search/types';
import { loadPublishedContent } from './lib/content-store';
import { syntheticDocuments } from './lib/synthetic-sessions';

/** What a reader types, as the input sees it: Latin letter by letter, Chinese word by word (an IME commits words). */
const TYPED = [
  ['I', 'In', 'Ins', 'InsC', 'InsCo', 'InsCod', 'InsCode'],
  ['美团', '美团 G', '美团 GP', '美团 GPU', '美团 GPU 推理'],
  ['圆桌', '圆桌 开源'],
  ['算力', '算力芯片'],
  ['量子', '量子计算'],
];
const KEYSTROKES = TYPED.flat();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ??
  0;

function sizes(json: string) {
  return {
    raw: Buffer.byteLength(json),
    gzip: gzipSync(json, { level: 9 }).length,
    brotli: brotliCompressSync(json).length,
  };
}

function nodeTimes(json: string) {
  const started = performance.now();
  const searcher = loadSearchIndex(JSON.parse(json));
  const load = performance.now() - started;
  for (const query of KEYSTROKES) searcher.search(query); // warm the JIT as a second visit would
  const keystrokes = KEYSTROKES.map((query) => {
    const at = performance.now();
    searcher.search(query);
    return performance.now() - at;
  });
  return { load, median: percentile(keystrokes, 0.5), p95: percentile(keystrokes, 0.95) };
}

/** The engine as one script, the way the search page's bundle carries it. */
async function engineBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'lib/search/engine.ts', formats: ['iife'], name: 'SearchEngine' },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as {
    output: { type: string; code?: string }[];
  };
  return first.output.find((chunk) => chunk.type === 'chunk')?.code ?? '';
}

async function browserTimes(bundle: string, indexes: Record<string, string>) {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const results: Record<string, { load: number; median: number; p95: number }> = {};
    for (const [name, json] of Object.entries(indexes)) {
      results[name] = await page.evaluate(
        ({ json, keystrokes }) => {
          const engine = (
            window as unknown as { SearchEngine: typeof import('../lib/search/engine') }
          ).SearchEngine;
          const started = performance.now();
          const searcher = engine.loadSearchIndex(JSON.parse(json));
          const load = performance.now() - started;
          const times = keystrokes.map((query) => {
            const at = performance.now();
            searcher.search(query);
            return performance.now() - at;
          });
          times.sort((a, b) => a - b);
          return {
            load,
            median: times[Math.floor(times.length / 2)] ?? 0,
            p95: times[Math.floor(times.length * 0.95)] ?? 0,
          };
        },
        { json, keystrokes: KEYSTROKES },
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function pageTimes(url: string) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search`, { waitUntil: 'networkidle' });
    const input = page.getByRole('searchbox', { name: '搜索关键词' });
    for (const query of KEYSTROKES) {
      await input.fill(query);
      await page.waitForTimeout(30);
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
const corpora: Record<string, SearchDocument[]> = {
  [`summit (${summit.filter((d) => d.kind === 'session').length} sessions)`]: summit,
  '1,000 synthetic sessions': syntheticDocuments(summit, 1000),
};

const indexes: Record<string, string> = {};
console.log(
  'Search index, bytes a first query transfers (the index file; HTTP compression as served):',
);
for (const [name, documents] of Object.entries(corpora)) {
  const started = performance.now();
  const json = JSON.stringify(buildSearchIndex(documents));
  const buildTime = performance.now() - started;
  indexes[name] = json;
  const { raw, gzip, brotli } = sizes(json);
  console.log(
    `  ${name}: ${documents.length} documents, ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (built in ${ms(buildTime)})`,
  );
}
const bundle = await engineBundle();
console.log(
  `  search engine code (tokenizer, MiniSearch, ranking, snippets): ${kb(sizes(bundle).gzip)} gzip`,
);

console.log(
  '\nKeystroke to results (search, rank, highlight), over',
  KEYSTROKES.length,
  'keystrokes:',
);
for (const [name, json] of Object.entries(indexes)) {
  const node = nodeTimes(json);
  console.log(
    `  Node     ${name}: index load ${ms(node.load)}; per keystroke median ${ms(node.median)}, p95 ${ms(node.p95)}`,
  );
}
for (const [name, result] of Object.entries(await browserTimes(bundle, indexes))) {
  console.log(
    `  Chromium ${name}: index load ${ms(result.load)}; per keystroke median ${ms(result.median)}, p95 ${ms(result.p95)}`,
  );
}
if (process.env.BENCH_URL) {
  const result = await pageTimes(process.env.BENCH_URL.replace(/\/$/, ''));
  console.log(
    `  /search page at ${process.env.BENCH_URL}: keystroke to results on screen, median ${ms(result.median)}, p95 ${ms(result.p95)} (${result.count} keystrokes)`,
  );
}
