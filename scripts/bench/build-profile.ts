/**
 * npx tsx scripts/bench/build-profile.ts [sessions=1000] — where `npm run build` spends its time: each
 * step of the build run on its own, on a synthetic copy with that many extra sessions (cold: no
 * .next, no caches, as CI and a new deployment see it), then again after editing one session (warm).
 * Prints wall seconds, CPU seconds and peak memory per step, with the load average as each ended (the
 * machine may be shared). The warm rebuild runs under `npm start` (server.mjs, on BUILD_PROFILE_PORT,
 * default 3117), which is then asked whether each page's policy matches the page it now serves.
 * BUILD_PROFILE_COPY=<name> reuses an existing copy's content; BUILD_PROFILE_COLD_ONLY=1 stops after the
 * cold build (a 10,000-session copy takes most of an hour on a shared machine).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measureProcess, type ProcessMeasure } from './measure-process';
import { inlineScriptHashes } from '../../lib/security/inline-scripts';
import { startNext } from './servers';
import { makeSyntheticCopy } from './synthetic';

const repo = resolve('.');
const sessions = Number(process.argv[2] ?? 1000);
const bin = (name: string) => join(repo, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const servePort = Number(process.env.BUILD_PROFILE_PORT ?? 3117);

/** The steps of `npm run build`, in its order (package.json), each as its own command. */
const STEPS: [name: string, command: string, args: string[], stepEnv?: Record<string, string>][] = [
  ['content check', bin('tsx'), ['scripts/check-content.ts']],
  ['contentlayer', process.execPath, ['scripts/build-content.mjs']],
  [
    'preview images',
    bin('tsx'),
    ['--tsconfig', 'tsconfig.scripts.json', 'scripts/og-images.ts'],
    { NODE_ENV: 'production' },
  ],
  [
    'search index',
    bin('tsx'),
    ['--tsconfig', 'tsconfig.scripts.json', 'scripts/search-index.ts'],
    { NODE_ENV: 'production' },
  ],
  ['next build', bin('next'), ['build']],
  ['headers (CSP step)', bin('tsx'), ['scripts/build-csp.ts']],
];

async function profile(cwd: string, label: string) {
  const rows: [string, ProcessMeasure, number][] = [];
  for (const [name, command, args, stepEnv] of STEPS) {
    const loadAtStart = loadavg()[0] ?? 0;
    // npm's INIT_CWD would make contentlayer write into the repository instead of the copy.
    const run = await measureProcess(command, args, {
      cwd,
      env: { ...env, ...stepEnv, INIT_CWD: cwd, PWD: cwd },
    });
    if (run.exitCode !== 0)
      throw new Error(`${label}: ${name} failed:\n${run.output.slice(-3000)}`);
    rows.push([name, run, loadAtStart]);
    console.log(`${label}: ${name}: ${run.seconds.toFixed(1)} s wall, ${run.treeCpuSeconds.toFixed(1)} s CPU`);
  }
  const total = rows.reduce((sum, [, run]) => sum + run.seconds, 0);
  const cpu = rows.reduce((sum, [, run]) => sum + (run.cpuSeconds ?? 0), 0);
  const treeCpu = rows.reduce((sum, [, run]) => sum + run.treeCpuSeconds, 0);
  const peak = Math.max(...rows.map(([, run]) => run.peakMiB));
  console.log(
    `\n${label}: ${total.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (GNU time), ${treeCpu.toFixed(1)} s CPU (process tree), peak ${peak} MiB`,
  );
  console.log('| step | wall s | CPU s (GNU time) | CPU s (process tree) | peak MiB | load at start | load at end |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, run, loadAtStart] of rows)
    console.log(
      `| ${name} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds?.toFixed(1) ?? '–'} | ${run.treeCpuSeconds.toFixed(1)} | ${run.peakMiB} | ${loadAtStart.toFixed(1)} | ${run.loadAtEnd.toFixed(1)} |`,
    );
}

const name = process.env.BUILD_PROFILE_COPY ?? `profile-${sessions}`;
const dir = existsSync(join(repo, '.bench-work', name, 'content'))
  ? join(repo, '.bench-work', name)
  : makeSyntheticCopy(repo, name, sessions);
for (const file of ['tsconfig.scripts.json', 'server.mjs'])
  if (!existsSync(join(dir, file))) cpSync(join(repo, file), join(dir, file));
for (const generated of ['.next', '.cache', '.contentlayer', 'public/og', 'public/search'])
  rmSync(join(dir, generated), { recursive: true, force: true });
await profile(dir, `${sessions} extra sessions, cold (no .next, no caches)`);
if (process.env.BUILD_PROFILE_COLD_ONLY === '1') process.exit(0);

// The rebuild happens under a running `npm start`: afterwards each page must come with its own policy.
const server = await startNext(repo, dir, servePort);

// One editor's change: a sentence added to one session's recap.
const eventSlug = sessions > 0 ? 'bench-001' : 'npcon-2023-beijing';
const sessionsDir = join(dir, 'content', 'events', eventSlug, 'sessions');
// An original, not a translation (`<slug>.en.md`), whose page is the Chinese one requested below.
const sessionFile = readdirSync(sessionsDir).filter((name) => !name.endsWith('.en.md')).sort()[0] ?? '';
const edited = join(sessionsDir, sessionFile);
const sessionPath = `/events/${eventSlug}/sessions/${sessionFile.replace(/\.md$/, '')}`;
// Pages served (and kept in memory) by the first build's worker before the rebuild.
for (const path of ['/', '/search', sessionPath, sessionPath])
  await fetch(`${server.url}${path}`).then((response) => response.text());
const EDIT = '补充一句修改。';
writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n${EDIT}\n`);
await profile(
  dir,
  `${sessions} extra sessions, after editing one session (warm: .next/cache and .cache/og-images kept)`,
);

// server.mjs polls for a finished build once a second; give it time to load the new one.
await new Promise((done) => setTimeout(done, 5000));
try {
  for (const path of ['/search', sessionPath, '/']) {
    // Twice: the second answer may come from the replay of prerendered documents (server.mjs).
    for (const attempt of ['first', 'second']) {
      const response = await fetch(`${server.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      const expected = inlineScriptHashes(html);
      const agree = expected.every((hash) => policy.includes(hash));
      // The edited session must come from the new build, not from the old worker's memory.
      const fresh = !path.includes('/sessions/') || html.includes(EDIT);
      console.log(
        `after the rebuild under a running server, ${path} (${attempt} request): policy ${agree ? 'matches' : 'DOES NOT match'} the page's ${expected.length} inline scripts${fresh ? '' : '; the page is the OLD build'}`,
      );
      if (!agree || !fresh) process.exitCode = 1;
    }
  }
} finally {
  server.stop();
}
