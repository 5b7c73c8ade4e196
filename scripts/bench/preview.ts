/**
 * npm run bench:preview
 * How fast `npm run dev` shows a save: copies the site under .bench-work/ (content/ is never touched),
 * starts the dev server there on $BENCH_PORT (default 3213), opens a session page in headless Chromium
 * at http://localhost (the dev server's live updates refuse 127.0.0.1), then times save → screen for
 * 10 saves of the session's title, and the preview banner appearing on a broken save and clearing on
 * the fix (5 each). Prints median and p95 and writes bench-results/preview-<time>.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { routes } from '../../lib/routes';
import { browserExecutable } from '../lib/system-browser';
import { copySite } from './site-copy';

const SAVES = 10;
const BANNER_ROUNDS = 5;
const port = Number(process.env.BENCH_PORT ?? 3213);
const repo = process.cwd();
const log = (message: string) => console.log(`[bench:preview ${new Date().toISOString().slice(11, 19)}] ${message}`);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Nearest rank: with 10 samples the p95 is the slowest. */
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1] ?? NaN;
const summary = (values: number[]) => ({ median: percentile(values, 0.5), p95: percentile(values, 0.95), samples: values });

/** The summit's first session that is not a roundtable: its file and its page. */
function pickSession(site: string) {
  const events = join(site, 'content', 'events');
  for (const event of readdirSync(events).sort()) {
    // An original: a translation (`*.en.md`) has no order to break and no Chinese page.
    for (const file of readdirSync(join(events, event, 'sessions')).filter((name) => !name.endsWith('.en.md')).sort()) {
      const path = join(events, event, 'sessions', file);
      if (!/^kind: "?roundtable/m.test(readFileSync(path, 'utf8'))) return { path, url: routes.session(event, file.replace(/\.md$/, '')) };
    }
  }
  throw new Error('no session to edit');
}

async function waitForServer(url: string, exited: () => boolean) {
  for (const started = Date.now(); Date.now() - started < 600_000; await pause(500)) {
    if (exited()) throw new Error('npm run dev exited');
    if ((await fetch(url).then((response) => response.status, () => 0)) === 200) return;
  }
  throw new Error(`no answer from ${url} in 10 minutes`);
}

/** Milliseconds from a save to the page (in-page clock, same machine) showing what `ready` looks for. */
async function timeSave(page: Page, file: string, text: string, ready: (marker: string) => unknown, marker: string) {
  const saved = Date.now();
  writeFileSync(file, text);
  const seen = await page.waitForFunction(ready, marker, { polling: 'raf', timeout: 60_000 });
  return Number(await seen.jsonValue()) - saved;
}

const site = copySite(repo, 'preview');
const session = pickSession(site);
const original = readFileSync(session.path, 'utf8');
const titleLine = original.match(/^title: .*$/m)?.[0];
if (!titleLine) throw new Error(`no title line in ${session.path}`);
const withTitle = (marker: string) => original.replace(titleLine, `title: "预览计时 ${marker}"`);
const broken = original.replace(/^order: (\d+)$/m, 'order: "$1"');
if (broken === original) throw new Error('no order line to break');

const loadBefore = loadavg().map((value) => value.toFixed(2)).join(' ');
const dev = spawn('npm', ['run', 'dev'], {
  cwd: site,
  env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
const browser = await chromium.launch({
  executablePath: browserExecutable(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  const url = `http://localhost:${port}${session.url}`;
  log(`dev server in ${site}, waiting for ${url} (first compile)`);
  await waitForServer(url, () => dev.exitCode !== null);
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('h1').waitFor();
  // Not counted: the first update compiles what later ones reuse.
  const h1Has = (marker: string) => (document.querySelector('h1')?.textContent?.includes(marker) ? Date.now() : false);
  log(`warm-up save: ${await timeSave(page, session.path, withTitle('warm-up'), h1Has, 'warm-up')} ms`);
  await pause(1500);

  const saves: number[] = [];
  for (let index = 1; index <= SAVES; index += 1) {
    saves.push(await timeSave(page, session.path, withTitle(`#${index}`), h1Has, `#${index}`));
    log(`save ${index}: ${saves.at(-1)} ms`);
    await pause(1000);
  }

  const shown = () => (document.querySelector('[data-testid="content-problems"]') ? Date.now() : false);
  const cleared = () => (document.querySelector('[data-testid="content-problems"]') ? false : Date.now());
  const appear: number[] = [];
  const clear: number[] = [];
  for (let round = 1; round <= BANNER_ROUNDS; round += 1) {
    appear.push(await timeSave(page, session.path, broken, shown, ''));
    await pause(1000);
    clear.push(await timeSave(page, session.path, original, cleared, ''));
    log(`banner ${round}: appeared in ${appear.at(-1)} ms, cleared in ${clear.at(-1)} ms`);
    await pause(1000);
  }

  const result = {
    startedAt: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model.trim(), cores: cpus().length, node: process.versions.node, loadBefore, loadAfter: loadavg().map((value) => value.toFixed(2)).join(' ') },
    page: session.url,
    saveToScreen: summary(saves),
    bannerAppears: summary(appear),
    bannerClears: summary(clear),
  };
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  const file = join('bench-results', `preview-${result.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(join(repo, file), `${JSON.stringify(result, null, 2)}\n`);
  const line = (name: string, { median, p95 }: { median: number; p95: number }, count: number) =>
    `${name.padEnd(34)} median ${String(median).padStart(5)} ms   p95 ${String(p95).padStart(5)} ms   (${count})`;
  console.log(
    [
      '',
      line('save → screen (session title)', result.saveToScreen, SAVES),
      line('banner appears (broken save)', result.bannerAppears, BANNER_ROUNDS),
      line('banner clears (fixing save)', result.bannerClears, BANNER_ROUNDS),
      `load average (1, 5, 15 min) before ${loadBefore}, after ${result.machine.loadAfter}; ${cpus().length} cores`,
      `written to ${file}`,
    ].join('\n'),
  );
} catch (error) {
  console.error(output.slice(-4000));
  throw error;
} finally {
  await browser.close();
  // detached: npm, the dev script, contentlayer and next form one process group, stopped together.
  if (dev.exitCode === null && dev.pid) process.kill(-dev.pid, 'SIGTERM');
  await pause(1000);
  rmSync(site, { recursive: true, force: true });
}
