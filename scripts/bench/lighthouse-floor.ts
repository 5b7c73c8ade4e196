/**
 * Lighthouse for our pages against the framework's floor, interleaved in one run: each round measures
 * the empty app once, then every page once, so a machine that grows busier or quieter mid-run moves both.
 * Our figures are read as differences from the floor's median (lighthouse-report.ts), never as absolutes:
 * on a shared machine the absolute scores swing by twenty points from minute to minute.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchLog } from './build';
import { makeFloorApp } from './floor';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measureProcess } from './measure-process';
import { startNext, waitFor, type RunningServer } from './servers';

export interface LighthousePage {
  name: string;
  path: string;
  /** Untranslated `noindex` fallbacks are exempt from the SEO score (the rule). */
  noindex?: boolean;
}

/** The templates the goal names, in each edition (every summit document is translated). */
export const LIGHTHOUSE_PAGES: LighthousePage[] = [
  { name: 'home', path: '/' },
  { name: 'event', path: '/events/npcon-2023-beijing' },
  { name: 'talk', path: '/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture' },
  { name: 'roundtable', path: '/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills' },
  { name: 'speaker', path: '/speakers/chen-wei' },
].flatMap((page) => [page, { name: `${page.name} (en)`, path: page.path === '/' ? '/en' : `/en${page.path}` }]);

export interface LighthouseRun {
  round: number;
  /** `floor` for the empty app, else a page's name (with ` [label]` for a compared build). */
  name: string;
  path: string;
  at: string;
  load: number;
  result: LighthouseResult;
}

export interface LighthouseFloorResult {
  rounds: number;
  runs: LighthouseRun[];
  pages: LighthousePage[];
}

/** `next start` over the empty floor app, built first when its build is missing or `rebuild` is set. */
async function startFloor(repo: string, port: number, rebuild: boolean): Promise<RunningServer> {
  const bin = join(repo, 'node_modules', '.bin');
  const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1' };
  const dir = join(repo, '.bench-work', 'floor');
  if (rebuild || !existsSync(join(dir, '.next', 'BUILD_ID'))) {
    makeFloorApp(repo);
    benchLog('building the empty floor app…');
    const build = await measureProcess(join(bin, 'next'), ['build'], { cwd: dir, env });
    if (build.exitCode !== 0) throw new Error(`floor build failed:\n${build.output.slice(-2000)}`);
  }
  const child = spawn(join(bin, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child);
  return { url, kind: 'floor', stop: () => process.kill(-(child.pid as number), 'SIGTERM') };
}

/** Lighthouse 12 on a busy machine now and then loses its trace (NO_NAVSTART, NO_FCP): try twice more. */
function runWithRetries(url: string, attempts = 3): LighthouseResult {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return runLighthouse(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      benchLog(`retrying ${url}: ${(error as Error).message.slice(0, 200)}`);
    }
  }
}

export interface LighthouseFloorOptions {
  repo: string;
  /** Our site's `npm start` (its build must exist in `repo/.next`). */
  port: number;
  floorPort: number;
  rounds?: number;
  pages?: LighthousePage[];
  /** Rebuild the floor app even when a build of it exists (the full bench does; --only lighthouse reuses it). */
  rebuildFloor?: boolean;
  /**
   * Other builds of the site measured in the same rounds (a folder holding the site and its `.next`, served
   * by its own `npm start` on the next ports): a lever's before and after under the same load.
   */
  compare?: { label: string; dir: string }[];
  /** The pages measured on the compared builds (default: all of `pages`). */
  comparePages?: LighthousePage[];
}

/** Runs `rounds` rounds of floor + every page (of every build), one Lighthouse run at a time. */
export async function lighthouseAgainstFloor(options: LighthouseFloorOptions): Promise<LighthouseFloorResult> {
  const { repo, rounds = 3, pages = LIGHTHOUSE_PAGES, compare = [] } = options;
  const runs: LighthouseRun[] = [];
  const servers: RunningServer[] = [];
  const sites = [{ label: '', dir: repo }, ...compare];
  try {
    const floor = await startFloor(repo, options.floorPort, options.rebuildFloor ?? false);
    servers.push(floor);
    // Our build on `port`; compared builds on the ports after the floor's.
    const sitePorts = sites.map((_, index) => (index === 0 ? options.port : options.floorPort + index));
    const measured: (LighthousePage & { url: string })[] = [];
    for (const [index, site] of sites.entries()) {
      const server = await startNext(repo, site.dir, sitePorts[index] as number);
      servers.push(server);
      for (const page of index === 0 ? pages : (options.comparePages ?? pages)) measured.push({ ...page, name: site.label ? `${page.name} [${site.label}]` : page.name, url: server.url });
    }
    const targets = [{ name: 'floor', path: '/', url: floor.url }, ...measured];
    // Warm every server (first renders, file caches) so round 1 measures what the later rounds do.
    for (const target of targets) await fetch(`${target.url}${target.path}`).then((response) => response.text());
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of targets) {
        benchLog(`lighthouse round ${round}/${rounds}: ${target.name} ${target.path}`);
        const load = loadavg()[0] ?? 0;
        const result = runWithRetries(`${target.url}${target.path}`);
        runs.push({ round, name: target.name, path: target.path, at: new Date().toISOString(), load, result });
      }
    }
    return { rounds, runs, pages: measured.map(({ name, path, noindex }) => ({ name, path, ...(noindex ? { noindex } : {}) })) };
  } finally {
    for (const server of servers) server.stop();
  }
}
