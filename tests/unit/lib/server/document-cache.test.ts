import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { documentCache, documentRequest } from '@/lib/server/document-cache.mjs';
import type { Capture, CaptureRequest } from '@/lib/server/next-capture.mjs';

// The replay's rules on fake requests; tests/e2e/document-cache.spec.ts compares its answers with
// Next's own on the real build.

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ method, url, rawHeaders: Object.entries(headers).flat() }) as unknown as IncomingMessage;

/** A response that records what was sent. */
function response() {
  const sent: { status?: number; headers?: string[]; body?: Buffer } = {};
  const fake = {
    writeHead: (status: number, headers: string[]) => Object.assign(sent, { status, headers }),
    end: (body?: Buffer) => Object.assign(sent, { body }),
  } as unknown as ServerResponse;
  return { fake, sent };
}

/** A stand-in for Next: a 200 with an ETag, or what `answers` says for a path. */
function fakeNext(answers: Record<string, Partial<Capture>> = {}) {
  const asked: CaptureRequest[] = [];
  const capture = async (wanted: CaptureRequest): Promise<Capture> => {
    asked.push(wanted);
    if (wanted.headers?.['if-none-match'] === '"v1"')
      return { status: 304, headers: [['ETag', '"v1"']], body: Buffer.alloc(0) };
    return {
      status: 200,
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['ETag', '"v1"'],
        ...(wanted.headers?.['accept-encoding'] ? ([['Content-Encoding', 'gzip']] as [string, string][]) : []),
      ],
      body: Buffer.from(`${wanted.method} ${wanted.path}`),
      ...answers[wanted.path],
    };
  };
  return { asked, capture };
}

const settle = () => new Promise((done) => setTimeout(done, 10));

describe('documentRequest', () => {
  it('takes plain GET and HEAD requests, with their Accept-Encoding and If-None-Match', () => {
    expect(documentRequest(request('/a?utm=x', { 'Accept-Encoding': 'gzip', 'If-None-Match': '"v1"' }))).toEqual({
      method: 'GET',
      path: '/a',
      acceptEncoding: 'gzip',
      ifNoneMatch: '"v1"',
    });
    expect(documentRequest(request('/a', {}, 'HEAD'))?.method).toBe('HEAD');
  });

  it('leaves to Next what only Next can answer', () => {
    const refused: [string, Record<string, string>, string?][] = [
      ['/a', { RSC: '1' }],
      ['/a', { 'Next-Router-Prefetch': '1' }],
      ['/a', { 'Next-Router-State-Tree': 'x' }],
      ['/a', { 'Next-Action': 'x' }],
      ['/a', { 'x-prerender-revalidate': 'x' }],
      ['/a?_rsc=1', {}],
      ['/a', { Cookie: 'a=1; __prerender_bypass=x' }],
      ['/a', { Range: 'bytes=0-1' }],
      ['/a', { 'If-Modified-Since': 'Tue, 01 Dec 2026 00:00:00 GMT' }],
      ['/a', { 'If-None-Match': '"v1"', 'Cache-Control': 'no-cache' }],
      ['/a', {}, 'POST'],
    ];
    for (const [url, headers, method] of refused)
      expect(documentRequest(request(url, headers, method)), `${url} ${JSON.stringify(headers)}`).toBeUndefined();
  });
});

describe('documentCache', () => {
  it('lets Next answer first, then replays the answer it learnt, per method and Accept-Encoding', async () => {
    const next = fakeNext();
    const cache = documentCache({ capture: next.capture, isStaticRoute: (path) => path === '/a' });
    expect(cache.serve(request('/a'), response().fake)).toBe(false);
    await settle();
    const { fake, sent } = response();
    expect(cache.serve(request('/a'), fake)).toBe(true);
    expect(sent).toEqual({
      status: 200,
      headers: ['Content-Type', 'text/html; charset=utf-8', 'ETag', '"v1"'],
      body: Buffer.from('GET /a'),
    });
    // Another encoding is another answer of Next's, learnt in turn.
    expect(cache.serve(request('/a', { 'Accept-Encoding': 'gzip' }), response().fake)).toBe(false);
    await settle();
    const gzip = response();
    cache.serve(request('/a', { 'Accept-Encoding': 'gzip' }), gzip.fake);
    expect(gzip.sent.headers).toContain('Content-Encoding');
    expect(next.asked).toHaveLength(2);
  });

  it('answers 304 for the page’s own ETag only, once learnt from Next', async () => {
    const next = fakeNext();
    const cache = documentCache({ capture: next.capture, isStaticRoute: () => true });
    cache.serve(request('/a'), response().fake);
    await settle();
    expect(cache.serve(request('/a', { 'If-None-Match': '"v1"' }), response().fake)).toBe(false);
    await settle();
    const { fake, sent } = response();
    expect(cache.serve(request('/a', { 'If-None-Match': '"v1"' }), fake)).toBe(true);
    expect(sent.status).toBe(304);
    expect(cache.serve(request('/a', { 'If-None-Match': '"v0"' }), response().fake)).toBe(false);
  });

  it('never replays paths that are not unchanging pages, nor answers that are not a plain 200', async () => {
    const next = fakeNext({ '/moved': { status: 308 }, '/cookie': { headers: [['Set-Cookie', 'a=1']] } });
    const cache = documentCache({ capture: next.capture, isStaticRoute: (path) => path !== '/asset.js' });
    for (const path of ['/moved', '/cookie', '/asset.js']) {
      cache.serve(request(path), response().fake);
      await settle();
      expect(cache.serve(request(path), response().fake), path).toBe(false);
    }
    expect(next.asked.map((asked) => asked.path)).toEqual(['/moved', '/cookie']);
  });

  it('keeps a bounded number of ways per page and a bounded number of bytes', async () => {
    const next = fakeNext();
    const cache = documentCache({ capture: next.capture, isStaticRoute: () => true, maxBytes: 20 });
    for (let n = 0; n < 12; n += 1) cache.serve(request('/a', { 'Accept-Encoding': `e${n}` }), response().fake);
    await settle();
    expect(next.asked).toHaveLength(8);
    expect(cache.size.bytes).toBeLessThanOrEqual(20);
  });
});
