/**
 * npx tsx scripts/bench/headers.ts — what sending each page its own headers costs under load, before and
 * after the custom server, on the same build in the same run (run `npm run build` first).
 *   before: `next start` with one header rule per page in the routes manifest (the former mechanism,
 *           rebuilt from scripts/bench/routes-manifest-rules.ts on a copy of the build);
 *   after:  `npm start` (server.mjs): one Map lookup per request, prerendered documents replayed from
 *           memory (lib/server/document-cache.mjs);
 *   after, DOCUMENT_CACHE=0: the same server with the replay off, every request through Next's handler.
 * Each is measured with the summit's pages, then with 5,000 more pages' entries (synthetic paths, each
 * with its own policy) added to its rules or map, which is what 5,000 more sessions add to the header
 * step; the page requested is a real session page. Then, at the summit's size, `npm start`'s robots.txt
 * and home page beside the framework's floor (an empty Next page under `next start`; built once into
 * .bench-work/floor). autocannon, 50 connections, 10 s, twice each, interleaved, loopback only.
 * Ports: BENCH_PORTS=3107,3117,3127,3137 by default (before, after, after without replay, floor).
 */
import { spawn, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../../lib/security/csp';
import { securityHeaders } from '../../lib/security/headers';
import { PAGE_HEADERS_FILE } from '../../lib/security/page-headers';
import type { PageHeadersFile } from '../../lib/security/header-map.mjs';
import { collectPageHashes, type PageHashes } from '../../lib/security/page-hashes';
import { makeFloorApp } from './floor';
import { loadTest, type LoadResult } from './load';
import { withPagePolicies, type RoutesManifest } from './routes-manifest-rules';
import { startNext, waitFor, type RunningServer } from './servers';

const repo = resolve('.');
const [beforePort, afterPort, uncachedPort, floorPort] = (process.env.BENCH_PORTS ?? '3107,3117,3127,3137')
  .split(',')
  .map(Number);
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
async function startAfter(extra: number, port: number, cache: boolean): Promise<RunningServer> {
  const file = join(repo, '.next', PAGE_HEADERS_FILE);
  const original = readFileSync(file, 'utf8');
  const map = JSON.parse(original) as PageHeadersFile;
  const template = map.pages[PAGE] ?? map.fallback;
  for (let n = 0; n < extra; n += 1) {
    const path = `/events/synthetic-${n % 100}/sessions/session-${n}`;
    map.pages[path] = {
      ...template,
      'Content-Security-Policy': contentSecurityPolicy({
        kind: 'hashes',
        hashes: [`'sha256-${n}='`],
      }),
    };
    map.staticRoutes.push(path);
  }
  writeFileSync(file, JSON.stringify(map));
  try {
    return {
      ...(await startNext(repo, repo, port, cache ? {} : { DOCUMENT_CACHE: '0' })),
      kind: cache ? 'npm start (map + documents from memory)' : 'npm start, DOCUMENT_CACHE=0 (map only)',
    };
  } finally {
    writeFileSync(file, original);
  }
}

/** The framework's floor, an empty page, under `next start` (built on first use). */
async function startFloor(): Promise<RunningServer> {
  const dir = join(repo, '.bench-work', 'floor');
  const next = join(repo, 'node_modules', '.bin', 'next');
  if (!existsSync(join(dir, '.next', 'BUILD_ID'))) {
    makeFloorApp(repo);
    const build = spawnSync(next, ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('the floor app did not build');
  }
  const child = spawn(next, ['start', '-p', String(floorPort), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${floorPort}`;
  await waitFor(url, child);
  return { url, kind: 'floor: empty Next page, `next start`', stop: () => process.kill(-(child.pid as number), 'SIGTERM') };
}

const stopAll = (servers: RunningServer[]) => {
  for (const server of servers) {
    try {
      server.stop();
    } catch {
      // Already stopped.
    }
  }
};

/** Two runs per target, interleaved, so a busy moment of the shared machine hits all alike; one row each. */
async function measure(targets: [RunningServer, string][], label: string, check?: (target: string) => Promise<void>) {
  // A few seconds of load first, so none is measured while its code is still being compiled or learnt.
  for (const [server, path] of targets) await autocannon({ url: `${server.url}${path}`, connections: 10, duration: 3 });
  const results = new Map<string, LoadResult[]>();
  for (let round = 0; round < 2; round += 1) {
    for (const [server, path] of targets) {
      await check?.(`${server.url}${path}`);
      const key = `${server.kind}|${path}`;
      results.set(key, [...(results.get(key) ?? []), await loadTest(`${server.url}${path}`)]);
    }
  }
  for (const [key, runs] of results) {
    const [kind, path] = key.split('|');
    const rps = runs.map((r) => r.requestsPerSecond.toLocaleString('en')).join(' / ');
    const p99 = runs.map((r) => r.p99Ms).join(' / ');
    const errors = runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
    rows.push(`| ${kind} | ${path === PAGE ? 'session page' : path} | ${label} | ${rps} | ${p99} | ${errors} |`);
  }
}

const pagePolicy = async (url: string) => {
  const policy = (await fetch(url)).headers.get('content-security-policy');
  if (!policy?.includes("'sha256-")) throw new Error(`no page policy on ${url}`);
};

const rows: string[] = [];
console.log(`load average at start: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
for (const extra of [0, EXTRA_PAGES]) {
  const label = extra ? `summit + ${extra.toLocaleString('en')} pages` : 'summit';
  const servers = [
    await startBefore(extra),
    await startAfter(extra, afterPort as number, true),
    await startAfter(extra, uncachedPort as number, false),
  ];
  try {
    await measure(servers.map((server) => [server, PAGE]), label, pagePolicy);
    // An overloaded server keeps working through its queue after its run: measure the replay once more alone.
    stopAll([servers[0] as RunningServer, servers[2] as RunningServer]);
    await new Promise((done) => setTimeout(done, 3000));
    const alone = await loadTest(`${servers[1]?.url}${PAGE}`);
    rows.push(`| ${servers[1]?.kind}, the others stopped | session page | ${label} | ${alone.requestsPerSecond.toLocaleString('en')} | ${alone.p99Ms} | ${alone.errors + alone.non2xx} |`);
  } finally {
    stopAll(servers);
  }
  console.log(`load average after ${label}: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
if (process.env.HEADERS_BENCH_FLOOR !== '0') {
  const servers = [await startAfter(0, afterPort as number, true), await startFloor()];
  try {
    await measure(
      [
        [servers[0] as RunningServer, '/robots.txt'],
        [servers[0] as RunningServer, '/'],
        [servers[1] as RunningServer, '/'],
      ],
      'summit',
    );
  } finally {
    stopAll(servers);
  }
  console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
console.log('| server | address | header entries | req/s (two runs) | p99 ms | errors + non-2xx |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
