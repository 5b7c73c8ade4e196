import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { headerLookup, type PageHeadersFile } from '../../lib/security/header-map.mjs';
import { documentCache } from '../../lib/server/document-cache.mjs';
import { recordAnswer, type Capture } from '../../lib/server/next-capture.mjs';

// npm start replays prerendered pages and routes from memory (lib/server/document-cache.mjs). Here the
// replayed answers are compared with Next's own: `npm start` with DOCUMENT_CACHE=0 on a port of its own.
const REFERENCE_PORT = Number(process.env.E2E_REFERENCE_PORT ?? 3122);
const NOT_SERVED = 599;
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';
const SHAPES: { method: 'GET' | 'HEAD'; headers: Record<string, string> }[] = [
  { method: 'GET', headers: {} },
  { method: 'GET', headers: { 'accept-encoding': BROWSER_ENCODINGS } },
  { method: 'GET', headers: { 'accept-encoding': 'deflate' } },
  { method: 'HEAD', headers: { 'accept-encoding': BROWSER_ENCODINGS } },
];

const map = JSON.parse(readFileSync('.next/page-headers.json', 'utf8')) as PageHeadersFile;
const lookup = headerLookup(map);
const routes = map.staticRoutes.map((path) => encodeURI(path));

/** An answer as a client sees it: status, headers but Date (sorted, names lower-cased), body decoded. */
function comparable(answer: Capture) {
  const encoding = answer.headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
  const decode = { gzip: gunzipSync, deflate: inflateSync, br: brotliDecompressSync }[encoding ?? ''];
  return {
    status: answer.status,
    headers: answer.headers.map(([name, value]) => `${name.toLowerCase()}: ${value}`).sort(),
    body: (decode ? decode(answer.body) : answer.body).toString('utf8'),
  };
}

test.describe('prerendered pages and routes from memory', () => {
  test.describe.configure({ mode: 'serial' });
  let reference: ChildProcess | undefined;
  let harness: Server | undefined;
  let harnessPort = 0;
  const cache = documentCache({
    capture: (wanted) => recordAnswer(REFERENCE_PORT, wanted),
    isStaticRoute: lookup.isStaticRoute,
  });
  /** The harness answers from the cache alone; NOT_SERVED means the request would go to Next. */
  const fromCache = (path: string, method: string, headers: Record<string, string>) =>
    recordAnswer(harnessPort, { method, path, headers });
  /** Asks until the cache has learnt the answer (it learns it off to the side of a first request). */
  async function learnt(path: string, method: string, headers: Record<string, string>) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const answer = await fromCache(path, method, headers);
      if (answer.status !== NOT_SERVED) return answer;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`${method} ${path} never served from memory`);
  }

  test.beforeAll(async () => {
    reference = spawn(process.execPath, ['server.mjs'], {
      env: { ...process.env, PORT: String(REFERENCE_PORT), HOSTNAME: '127.0.0.1', DOCUMENT_CACHE: '0' },
      stdio: 'inherit',
    });
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${REFERENCE_PORT}/`).catch(() => undefined))?.status, {
        timeout: 60_000,
      })
      .toBe(200);
    harness = createServer((request, response) => {
      if (cache.serve(request, response)) return;
      response.statusCode = NOT_SERVED;
      response.end();
    });
    await new Promise<void>((listening) => harness?.listen(0, '127.0.0.1', listening));
    harnessPort = (harness.address() as AddressInfo).port;
  });
  test.afterAll(() => {
    harness?.close();
    reference?.kill();
  });

  test('every prerendered page and route: the same status, headers and body as Next, 304 included', async () => {
    test.setTimeout(180_000);
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContain('/robots.txt');
    for (const path of routes) {
      for (const { method, headers } of SHAPES) {
        const served = await learnt(path, method, headers);
        const next = await recordAnswer(REFERENCE_PORT, { method, path, headers });
        expect(comparable(served), `${method} ${path} ${headers['accept-encoding'] ?? ''}`).toEqual(comparable(next));
      }
      const plain = await learnt(path, 'GET', {});
      const etag = plain.headers.find(([name]) => name === 'ETag')?.[1];
      // Next tags its pages; route handlers' answers (robots.txt, feeds) carry no ETag, so no 304 either.
      const isPage = plain.headers.some(([name, value]) => name.toLowerCase() === 'content-type' && value.startsWith('text/html'));
      expect(Boolean(etag), path).toBe(isPage);
      if (!etag) continue;
      const conditional = { 'if-none-match': etag as string };
      const notModified = await learnt(path, 'GET', conditional);
      expect(notModified.status, path).toBe(304);
      expect(comparable(notModified)).toEqual(
        comparable(await recordAnswer(REFERENCE_PORT, { method: 'GET', path, headers: conditional })),
      );
    }
  });

  test('requests only Next can answer are never served from memory', async () => {
    const page = '/events/npcon-2023-beijing';
    await learnt(page, 'GET', {});
    const toNext: [string, string, Record<string, string>][] = [
      [page, 'GET', { rsc: '1' }],
      [page, 'GET', { rsc: '1', 'next-router-prefetch': '1' }],
      [page, 'GET', { 'next-router-state-tree': '%5B%22%22%5D' }],
      [`${page}?_rsc=abc`, 'GET', {}],
      [page, 'POST', { 'next-action': 'x' }],
      [page, 'GET', { cookie: '__prerender_bypass=1' }],
      [page, 'GET', { range: 'bytes=0-10' }],
      [page, 'GET', { 'if-none-match': '"another-version"' }],
      ['/no-such-page', 'GET', {}],
      ['/en/search/index.json', 'GET', {}],
      ['/events/npcon-2023-beijing/', 'GET', {}],
    ];
    for (const [path, method, headers] of toNext) {
      await fromCache(path, method, headers);
      await new Promise((done) => setTimeout(done, 50));
      expect((await fromCache(path, method, headers)).status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(NOT_SERVED);
    }
  });

  test('npm start itself: documents as Next sends them, RSC requests still answered by Next', async ({ baseURL }) => {
    test.setTimeout(120_000);
    const port = Number(new URL(baseURL as string).port);
    for (const path of routes) {
      const headers = { 'accept-encoding': BROWSER_ENCODINGS };
      await recordAnswer(port, { method: 'GET', path, headers });
      const served = await recordAnswer(port, { method: 'GET', path, headers });
      const next = await recordAnswer(REFERENCE_PORT, { method: 'GET', path, headers });
      expect(comparable(served), path).toEqual(comparable(next));
      if (!lookup.isPage(path)) continue;
      // Next answers a router request without its cache-busting `_rsc` query with a redirect adding it.
      const header = (answer: Capture, wanted: string) =>
        answer.headers.find(([name]) => name.toLowerCase() === wanted)?.[1];
      let rsc = await recordAnswer(port, { method: 'GET', path, headers: { rsc: '1' } });
      if (rsc.status === 307)
        rsc = await recordAnswer(port, { method: 'GET', path: header(rsc, 'location') as string, headers: { rsc: '1' } });
      expect(header(rsc, 'content-type'), path).toMatch(/^text\/x-component/);
    }
  });
});
