/**
 * npx tsx scripts/bench/headers.ts — what sending each page its own headers costs under load, before and
 * after the custom server, on the same build in the same run (run `npm run build` first).
 *   before: `next start` with one header rule per page in the routes manifest (the former mechanism,
 *           rebuilt from scripts/bench/routes-manifest-rules.ts on a copy of the build);
 *   after:  `npm start` (server.mjs), one Map lookup per request.
 * Each is measured with the summit's pages, then with 5,000 more pages' entries (synthetic paths, each
 * with its own policy) added to its rules or map, which is what 5,000 more sessions add to the header
 * step; the page requested is a real session page. autocannon, 50 connections, 10 s, loopback only.
 * Ports: BENCH_PORTS=3107,3117 by default.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../../lib/security/csp';
import { securityHeaders } from '../../lib/security/headers';
import { PAGE_HEADERS_FILE } from '../../lib/security/page-headers';
import type { PageHeadersFile } from '../../lib/security/header-map.mjs';
import { collectPageHashes, type PageHashes } from '../../lib/security/page-hashes';
import { loadTest, type LoadResult } from './load';
import { withPagePolicies, type RoutesManifest } from './routes-manifest-rules';
import { startNext, waitFor, type RunningServer } from './servers';

const repo = resolve('.');
const [beforePort, afterPort] = (process.env.BENCH_PORTS ?? '3107,3117').split(',').map(Number);
const PAGE = '/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture';
const EXTRA_PAGES = 5000;
const work = join(repo, '.bench-work', 'headers');

/** The summit's hashes, plus `extra` synthetic pages, each with a policy of its own. */
function hashesWith(extra: number): PageHashes {
  const hashes = collectPageHashes(join(repo, '.next', 'server', 'app'));
  for (let n = 0; n < extra; n += 1)
    hashes.pages[`/events/synthetic-${n % 100}/sessions/session-${n}`] = [`'sha256-${n}='`];
  return hashes;
}

/** A copy of the build served by `next start` with the former per-page header rules. */
async function startBefore(extra: number): Promise<RunningServer> {
  const dir = join(work, 'before');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(repo, '.next'), join(dir, '.next'), {
    recursive: true,
    filter: (source) => !source.includes(`${join('.next', 'cache')}`),
  });
  for (const name of ['public', 'lib', 'package.json', 'next.config.ts', 'tsconfig.json'])
    symlinkSync(join(repo, name), join(dir, name));
  const manifestFile = join(dir, '.next', 'routes-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as RoutesManifest;
  // The catch-all rule next.config.ts used to declare, which the per-page rules then override.
  const values = {
    ...securityHeaders,
    'Content-Security-Policy': contentSecurityPolicy({ kind: 'none' }),
  };
  manifest.headers = [
    ...manifest.headers,
    {
      source: '/:path*',
      regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
      headers: Object.entries(values).map(([key, value]) => ({ key, value })),
    },
  ];
  writeFileSync(manifestFile, JSON.stringify(withPagePolicies(manifest, hashesWith(extra))));
  const next = join(repo, 'node_modules', '.bin', 'next');
  const child = spawn(next, ['start', '-p', String(beforePort), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${beforePort}`;
  await waitFor(url);
  return {
    url,
    kind: 'next start + rules',
    stop: () => process.kill(-(child.pid as number), 'SIGTERM'),
  };
}

/** The current build served by server.mjs, its map grown by `extra` pages when asked. */
async function startAfter(extra: number): Promise<RunningServer> {
  const file = join(repo, '.next', PAGE_HEADERS_FILE);
  const original = readFileSync(file, 'utf8');
  const map = JSON.parse(original) as PageHeadersFile;
  const template = map.pages[PAGE] ?? map.fallback;
  for (let n = 0; n < extra; n += 1) {
    map.pages[`/events/synthetic-${n % 100}/sessions/session-${n}`] = {
      ...template,
      'Content-Security-Policy': contentSecurityPolicy({
        kind: 'hashes',
        hashes: [`'sha256-${n}='`],
      }),
    };
  }
  writeFileSync(file, JSON.stringify(map));
  try {
    return {
      ...(await startNext(repo, repo, afterPort as number)),
      kind: 'npm start (server.mjs)',
    };
  } finally {
    writeFileSync(file, original);
  }
}

const rows: string[] = [];
for (const extra of [0, EXTRA_PAGES]) {
  const before = await startBefore(extra);
  const after = await startAfter(extra);
  try {
    // A few seconds of load first, so neither is measured while its code is still being compiled.
    for (const server of [before, after])
      await autocannon({ url: `${server.url}${PAGE}`, connections: 10, duration: 3 });
    const results: [RunningServer, LoadResult][] = [];
    // Interleaved, twice each, so a busy moment of the shared machine hits both alike.
    for (const server of [before, after, before, after]) {
      const headers = (await fetch(`${server.url}${PAGE}`)).headers.get('content-security-policy');
      if (!headers?.includes("'sha256-"))
        throw new Error(`${server.kind}: no page policy on ${PAGE}`);
      results.push([server, await loadTest(`${server.url}${PAGE}`)]);
    }
    for (const server of [before, after]) {
      const runs = results.filter(([s]) => s === server).map(([, r]) => r);
      const rps = runs.map((r) => r.requestsPerSecond).join(' / ');
      const p99 = runs.map((r) => r.p99Ms).join(' / ');
      const errors = runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
      rows.push(
        `| ${server.kind} | ${extra ? `summit + ${extra.toLocaleString('en')} pages` : 'summit'} | ${rps} | ${p99} | ${errors} |`,
      );
    }
    // An overloaded server keeps working through its queue after its run: measure the map once more alone.
    before.stop();
    await new Promise((done) => setTimeout(done, 3000));
    const alone = await loadTest(`${after.url}${PAGE}`);
    rows.push(
      `| ${after.kind}, the other server stopped | ${extra ? `summit + ${extra.toLocaleString('en')} pages` : 'summit'} | ${alone.requestsPerSecond} | ${alone.p99Ms} | ${alone.errors + alone.non2xx} |`,
    );
  } finally {
    for (const server of [before, after]) {
      try {
        server.stop();
      } catch {
        // Already stopped.
      }
    }
  }
}
console.log(
  '| server | header entries | session page req/s (two runs) | p99 ms | errors + non-2xx |',
);
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
