/**
 * npm run bench [-- --sizes 0,100,1000,5000] [--skip-lighthouse] [--skip-load] [--skip-static]
 *                [--skip-headers] [--skip-search] [--search-sizes 1000,10000]
 * npm run bench -- --quick   (the same as npm run bench:quick, scripts/bench/quick.ts: what CI runs)
 * npm run bench -- --only lighthouse [--rounds 3] [--pages home,talk]   (scripts/bench/lighthouse-cli.ts)
 * (--skip-static reuses an existing out/ for the static load test instead of building it)
 * Builds and measures: Lighthouse (mobile, interleaved with the framework's floor, three rounds) and
 * JavaScript per page against the floor,
 * build time and peak memory for the summit and for synthetic copies with many sessions (built
 * under .bench-work/, never in content/), the content check at 1,000 sessions, and requests per
 * second under load for `npm start` and the static export, on loopback only. Prints Markdown tables
 * and writes bench-results/<time>.json. The full run is not part of CI: record its figures in docs/benchmarks.md.
 */
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { benchLog, timedBuild } from './bench/build';
import { makeFloorApp } from './bench/floor';
import { pageJavaScript } from './bench/js-bytes';
import { lighthouseAgainstFloor } from './bench/lighthouse-floor';
import { formatFloorReport, summariseAgainstFloor } from './bench/lighthouse-report';
import { loadTest } from './bench/load';
import { measureProcess } from './bench/measure-process';
import { formatReport } from './bench/report';
import { startNext, startStatic } from './bench/servers';
import { formatSubBench, runSubBench } from './bench/sub-bench';
import { makeSyntheticCopy } from './bench/synthetic';
import type { BenchResult } from './bench/types';

if (process.argv.includes('--quick')) {
  await import('./bench/quick');
  process.exit(process.exitCode ?? 0);
}
if (process.argv.includes('--only')) {
  const part = process.argv[process.argv.indexOf('--only') + 1];
  if (part !== 'lighthouse') {
    console.error(`--only ${part ?? ''}: the part that runs alone is "lighthouse"`);
    process.exit(2);
  }
  await import('./bench/lighthouse-cli');
  process.exit(process.exitCode ?? 0);
}

const repo = process.cwd();
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes =
  argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [0, 100, 1000, 5000];
const searchSizesArg = argv[argv.indexOf('--search-sizes') + 1];
const searchSizes =
  argv.includes('--search-sizes') && searchSizesArg ? searchSizesArg : '1000,10000';
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3203);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3223);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 3213);
const bin = join(repo, 'node_modules', '.bin');
const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1' };

/** The pages the budget names, as built files of the summit. */
const PAGES = [
  { name: 'home', path: '/', file: 'index.html' },
  { name: 'event', path: '/events/npcon-2023-beijing', file: 'events/npcon-2023-beijing.html' },
  {
    name: 'session',
    path: '/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture',
    file: 'events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture.html',
  },
  {
    name: 'roundtable',
    path: '/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills',
    file: 'events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills.html',
  },
  { name: 'speaker', path: '/speakers/chen-wei', file: 'speakers/chen-wei.html' },
];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const log = benchLog;

const build = (name: string, cwd: string, sessions: number) => timedBuild(name, cwd, sessions, env);

const result: BenchResult = {
  startedAt: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    loadBefore: load(),
    loadAfter: '',
  },
  floor: { files: 0, jsGzipBytes: 0 },
  pages: [],
  builds: [],
  load: [],
  subBenches: [],
};

try {
  if (!flag('skip-static')) {
    log('building the static export…');
    const staticBuild = await measureProcess('npm', ['run', 'build:static'], { env });
    if (staticBuild.exitCode !== 0)
      throw new Error(`build:static failed:\n${staticBuild.output.slice(-3000)}`);
    result.builds.push({
      name: 'summit, static export',
      sessions: 6,
      pages: 0,
      seconds: staticBuild.seconds,
      peakMiB: staticBuild.peakMiB,
      ...(staticBuild.cpuSeconds === undefined ? {} : { cpuSeconds: staticBuild.cpuSeconds }),
      loadAtEnd: staticBuild.loadAtEnd,
    });
  }
  result.builds.push(await build('summit, in place (warm cache)', repo, 6));

  const floorDir = makeFloorApp(repo);
  log('building the empty floor app…');
  const floorBuild = await measureProcess(join(bin, 'next'), ['build'], { cwd: floorDir, env });
  if (floorBuild.exitCode !== 0)
    throw new Error(`floor build failed:\n${floorBuild.output.slice(-2000)}`);
  const floor = pageJavaScript(join(floorDir, '.next'), 'index.html');
  result.floor = { files: floor.files, jsGzipBytes: floor.gzipBytes };

  if (!flag('skip-lighthouse')) {
    result.lighthouse = await lighthouseAgainstFloor({
      repo,
      port: NEXT_PORT,
      floorPort: FLOOR_PORT,
    });
  }
  const lighthouse = result.lighthouse ? summariseAgainstFloor(result.lighthouse).pages : [];
  const server = await startNext(repo, repo, NEXT_PORT);
  try {
    for (const page of PAGES) {
      const js = pageJavaScript(join(repo, '.next'), page.file);
      const entry: BenchResult['pages'][number] = {
        name: page.name,
        path: page.path,
        jsFiles: js.files,
        jsGzipBytes: js.gzipBytes,
      };
      const medians = lighthouse.find((verdict) => verdict.path === page.path)?.median;
      if (medians) entry.lighthouse = medians;
      result.pages.push(entry);
    }
    if (!flag('skip-load')) {
      for (const page of [PAGES[0], PAGES[2]]) {
        log(`load on next start ${page?.path}`);
        result.load.push({
          server: server.kind,
          path: page?.path ?? '/',
          ...(await loadTest(`${server.url}${page?.path}`)),
        });
      }
    }
  } finally {
    server.stop();
  }
  if (!flag('skip-load') && existsSync(join(repo, 'out', '404.html'))) {
    const staticServer = await startStatic(repo, STATIC_PORT);
    try {
      for (const page of [PAGES[0], PAGES[2]]) {
        log(`load on ${staticServer.kind} ${page?.path}`);
        result.load.push({
          server: staticServer.kind,
          path: page?.path ?? '/',
          ...(await loadTest(`${staticServer.url}${page?.path}`)),
        });
      }
    } finally {
      staticServer.stop();
    }
  }

  const tsx = join(bin, 'tsx');
  if (!flag('skip-headers'))
    result.subBenches?.push(
      await runSubBench(
        'Headers under load: former per-page rules, npm start, npm start without the replay',
        tsx,
        ['scripts/bench/headers.ts'],
        { cwd: repo, env },
      ),
    );
  if (!flag('skip-search')) {
    // The real /search page is timed through a running npm start of the summit's build.
    const server = await startNext(repo, repo, NEXT_PORT);
    try {
      result.subBenches?.push(
        await runSubBench(
          'Search: first query and keystroke to results',
          'npm',
          ['run', 'bench:search', '--', `--sizes=${searchSizes}`],
          {
            cwd: repo,
            env: { ...env, BENCH_URL: server.url },
          },
        ),
      );
    } finally {
      server.stop();
    }
  }

  for (const size of sizes) {
    // Every copy builds cold (no .next/cache), so the sizes compare with each other; 0 is the summit alone.
    const copy = makeSyntheticCopy(repo, `sessions-${size}`, size);
    const name = size === 0 ? 'summit, cold copy' : `summit + ${size} synthetic sessions`;
    const entry = await build(name, copy, size + 6);
    if (size === 1000) {
      const check = await measureProcess(join(bin, 'tsx'), ['scripts/check-content.ts'], {
        cwd: copy,
        env,
      });
      if (check.exitCode !== 0)
        throw new Error(`content check failed at ${size}:\n${check.output.slice(-2000)}`);
      entry.checkContentSeconds = check.seconds;
      log(`check:content at ${size}: ${check.seconds.toFixed(2)} s`);
    }
    result.builds.push(entry);
    if (size === 1000) {
      // What an editor's next deployment costs: one sentence added to one session, caches kept.
      appendFileSync(
        join(copy, 'content', 'events', 'bench-001', 'sessions', 'session-0.md'),
        '\n多写一句。\n',
      );
      result.builds.push(await build(`summit + ${size}, rebuild after one edit`, copy, size + 6));
    }
    if (!flag('skip-load') && size > 0) {
      // The same load on a session page of the larger site: per-page header rules must not slow it.
      const server = await startNext(repo, copy, NEXT_PORT);
      try {
        const path = '/events/bench-001/sessions/session-0';
        log(`load on next start with ${size} sessions ${path}`);
        result.load.push({
          server: `next start, +${size} sessions`,
          path,
          ...(await loadTest(`${server.url}${path}`)),
        });
      } finally {
        server.stop();
      }
    }
    rmSync(copy, { recursive: true, force: true });
  }
} finally {
  rmSync(join(repo, '.bench-work'), { recursive: true, force: true });
  result.machine.loadAfter = load();
  mkdirSync('bench-results', { recursive: true });
  const file = join('bench-results', `${result.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const floorReport = result.lighthouse ? `\n\n${formatFloorReport(result.lighthouse)}` : '';
  const subReports = (result.subBenches ?? []).map((sub) => `\n\n${formatSubBench(sub)}`).join('');
  console.log(`\n${formatReport(result)}${floorReport}${subReports}\n\nwritten to ${file}`);
}
