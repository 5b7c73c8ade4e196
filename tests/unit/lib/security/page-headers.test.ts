import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuildFormat, PRERENDER_MANIFEST_VERSION } from '@/lib/security/build-format';
import { metaContentSecurityPolicy } from '@/lib/security/csp';
import { headerLookup, PAGE_HEADERS_FORMAT } from '@/lib/security/header-map.mjs';
import { securityHeaders } from '@/lib/security/headers';
import { pageHeaders, pageHeadersFile } from '@/lib/security/page-headers';
import { staticHostHeaders } from '@/lib/security/static-host';

const HASHES = ["'sha256-abc='", "'sha256-def='"];
const CSP = 'Content-Security-Policy';

/** A policy's directives by name. */
const directives = (policy: string) =>
  new Map(
    policy.split(/;\s*/).map((part) => [part.split(' ')[0], part.slice(part.indexOf(' ') + 1)]),
  );

describe('pageHeaders', () => {
  it('sends every security header and a script policy of exactly the page’s hashes', () => {
    const headers = pageHeaders(HASHES);
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name]).toBe(value);
    expect(directives(headers[CSP] ?? '').get('script-src')).toBe(`'self' ${HASHES.join(' ')}`);
    expect(headers[CSP]).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets a page with a player frame that host alone and delegate its features, leaving the other headers', () => {
    const player = 'https://player.bilibili.com';
    const headers = pageHeaders(HASHES, [player]);
    expect(directives(headers[CSP] ?? '').get('frame-src')).toBe(player);
    expect(headers['Permissions-Policy']).toContain(`fullscreen=(self "${player}")`);
    expect(headers['X-Frame-Options']).toBe(securityHeaders['X-Frame-Options']);
    expect(directives(pageHeaders(HASHES)[CSP] ?? '').get('frame-src')).toBe("'none'");
    expect(pageHeaders(HASHES)['Permissions-Policy']).toBe(securityHeaders['Permissions-Policy']);
  });
});

describe('headers under npm start and on the static hosts', () => {
  it('are the same headers, and the same effective policy once the page’s <meta> policy applies', () => {
    const server = pageHeaders(HASHES);
    const host = staticHostHeaders();
    expect(Object.keys(host).sort()).toEqual(Object.keys(server).sort());
    for (const name of Object.keys(server))
      if (name !== CSP) expect(host[name], name).toBe(server[name]);
    const serverPolicy = directives(server[CSP] ?? '');
    const hostPolicy = directives(host[CSP] ?? '');
    // The host's one header allows inline scripts and every player host; the page's <meta> narrows
    // them to the same hashes and the same frames as the server's header.
    const meta = directives(metaContentSecurityPolicy(HASHES));
    for (const narrowed of ['script-src', 'frame-src']) {
      expect(meta.get(narrowed), narrowed).toBe(serverPolicy.get(narrowed));
      serverPolicy.delete(narrowed);
      hostPolicy.delete(narrowed);
    }
    expect(hostPolicy).toEqual(serverPolicy);
  });
});

describe('the header map npm start reads', () => {
  const file = pageHeadersFile('build-1', {
    pages: { '/': HASHES, '/topics/推理': ["'sha256-t='"] },
    notFound: ["'sha256-404='"],
    frames: {},
  }, ['/topics/%E6%8E%A8%E7%90%86', '/robots.txt']);
  const lookup = headerLookup(JSON.parse(JSON.stringify(file)));
  const policyOf = (path: string) => new Map(lookup.headersFor(path)).get(CSP);

  it('finds a page however the browser spells its path', () => {
    expect(policyOf('/topics/%E6%8E%A8%E7%90%86')).toContain("'sha256-t='");
    expect(policyOf('/topics/推理/')).toContain("'sha256-t='");
    expect(policyOf('/')).toContain("'sha256-abc='");
  });

  it('gives every other path (a 404, an asset) the not-found page’s headers', () => {
    expect(policyOf('/no-such-page')).toContain("'sha256-404='");
    expect(policyOf('/_next/static/chunks/a.js')).toContain("'sha256-404='");
    expect(new Map(lookup.headersFor('/x')).get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('tells the pages from other paths, and the routes that never change (replayed from memory) from the rest', () => {
    expect(lookup.isPage('/topics/%E6%8E%A8%E7%90%86')).toBe(true);
    expect(lookup.isPage('/no-such-page')).toBe(false);
    expect(lookup.isPage('/robots.txt')).toBe(false);
    expect(lookup.isStaticRoute('/topics/推理')).toBe(true);
    expect(lookup.isStaticRoute('/robots.txt')).toBe(true);
    expect(lookup.isStaticRoute('/')).toBe(false);
  });

  it('refuses a map of another format', () => {
    expect(() => headerLookup({ ...file, format: (PAGE_HEADERS_FORMAT + 1) as 2 })).toThrow(
      /format/,
    );
  });
});

describe('assertBuildFormat', () => {
  function build(version: number, withHtml: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'build-format-'));
    mkdirSync(join(dir, 'server', 'app', 'events'), { recursive: true });
    const routes = {
      '/': { dataRoute: '/index.rsc', initialRevalidateSeconds: false },
      '/events/a': { dataRoute: '/events/a.rsc', initialRevalidateSeconds: 60 },
      '/feed.xml': { dataRoute: null, initialRevalidateSeconds: false },
    };
    writeFileSync(join(dir, 'prerender-manifest.json'), JSON.stringify({ version, routes }));
    writeFileSync(join(dir, 'server', 'app', 'index.html'), '');
    if (withHtml) writeFileSync(join(dir, 'server', 'app', 'events', 'a.html'), '');
    return dir;
  }

  it('accepts the build output it was written for, and names the routes that never revalidate', () => {
    expect(assertBuildFormat(build(PRERENDER_MANIFEST_VERSION, true))).toEqual({ staticRoutes: ['/', '/feed.xml'] });
  });
  it('fails loudly when Next changes the manifest’s version or where pages are written', () => {
    expect(() => assertBuildFormat(build(PRERENDER_MANIFEST_VERSION + 1, true))).toThrow(
      /format version/,
    );
    expect(() => assertBuildFormat(build(PRERENDER_MANIFEST_VERSION, false))).toThrow(
      /\/events\/a/,
    );
  });
});
