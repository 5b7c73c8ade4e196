/**
 * The browser half of `npm run bench:search`: keystroke-to-results times in Chromium, for the search code
 * alone on a blank page and for the real /search page of a running server.
 */
import { existsSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import type { SearchIndexFiles } from '../../lib/search/shards';

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ??
  0;
const summary = (values: number[]) => ({
  count: values.length,
  median: percentile(values, 0.5),
  p95: percentile(values, 0.95),
});

async function launch(): Promise<Browser> {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

/**
 * Serves an index's files on loopback as a static host would (one file per request): the manifest at
 * `<prefix>index.json`, its files beside it. Every other path goes to `upstream` when given (the
 * site's own pages, so the real search page reads this index), or is a blank page.
 */
function serveIndex(index: SearchIndexFiles, prefix: string, upstream?: URL): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    const body =
      file === 'index.json' ? JSON.stringify(index.manifest) : index.files.get(file ?? '');
    if (body !== undefined) {
      response.setHeader('Content-Type', 'application/json');
      return response.end(body);
    }
    if (!upstream) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      return response.end('<!doctype html><html lang="zh-CN"><body></body></html>');
    }
    const proxied = forward(
      new URL(request.url ?? '/', upstream),
      { method: request.method, headers: { ...request.headers, host: upstream.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    proxied.on('error', () => response.writeHead(502).end());
    request.pipe(proxied);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * The search code alone (its bundle on a blank page), files over loopback HTTP: each typed sequence by a
 * fresh reader (its first keystrokes wait for shards and hits' text), then again with the files in hand.
 */
export async function engineTimes(bundle: string, index: SearchIndexFiles, typed: string[][]) {
  const server = await serveIndex(index, '/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // tsx names the callback's inner functions with a helper the page lacks.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${bundle}` });
    const times = await page.evaluate(async (sequences) => {
      const engine = (
        window as unknown as { SearchEngine: typeof import('../../lib/search/sharded') }
      ).SearchEngine;
      const read = async (path: string) => (await fetch(`/${path}`)).json();
      const cold: number[] = [];
      const warm: number[] = [];
      for (const sequence of sequences) {
        const searcher = engine.openSearchIndex(await read('index.json'), read);
        for (const pass of [cold, warm]) {
          for (const query of sequence) {
            const at = performance.now();
            await searcher.page(query, 10);
            pass.push(performance.now() - at);
          }
        }
      }
      return { cold, warm };
    }, typed);
    return { cold: summary(times.cold), warm: summary(times.warm) };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The real /search page of the server at `site`, reading `index` in place of its own: each typed
 * sequence on a freshly opened page, each keystroke awaited until its results are on screen (the
 * page's own `search:keystroke-to-results` measure).
 */
export async function pageTimes(site: string, index: SearchIndexFiles, typed: string[][]) {
  const server = await serveIndex(index, '/search/', new URL(site));
  const browser = await launch();
  const measures: number[] = [];
  try {
    const page = await browser.newPage();
    for (const sequence of typed) {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search`, {
        waitUntil: 'networkidle',
      });
      const input = page.getByRole('searchbox', { name: '搜索关键词' });
      for (const [at, query] of sequence.entries()) {
        await input.fill(query);
        await page.waitForFunction(
          (count) => performance.getEntriesByName('search:keystroke-to-results').length > count,
          at,
          { timeout: 15_000 },
        );
      }
      measures.push(
        ...(await page.evaluate(() =>
          performance
            .getEntriesByName('search:keystroke-to-results')
            .map((entry) => entry.duration),
        )),
      );
    }
    return summary(measures);
  } finally {
    await browser.close();
    server.close();
  }
}
