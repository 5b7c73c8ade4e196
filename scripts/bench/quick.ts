/**
 * npm run bench:quick (or npm run bench -- --quick); the last step of `npm run check`
 * A few minutes that keep the benchmark from breaking unnoticed: a cold build of a copy of the site with
 * 100 synthetic sessions (under .bench-work/, deleted afterwards), the content check timed on it, and one
 * short load test of `next start` on loopback. No Lighthouse. Prints the figures; exits non-zero only
 * when something cannot run, never because a figure is slow (the shared machine decides those).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { timedBuild, benchLog } from './build';
import { loadTest } from './load';
import { measureProcess } from './measure-process';
import { startNext } from './servers';
import { makeSyntheticCopy } from './synthetic';

const SYNTHETIC_SESSIONS = 100;
const SUMMIT_SESSIONS = 6;
const LOAD = { connections: 10, seconds: 3 };
const repo = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3203);
const env = { PATH: `${join(repo, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1' };
const started = performance.now();

const copy = makeSyntheticCopy(repo, `quick-${SYNTHETIC_SESSIONS}`, SYNTHETIC_SESSIONS);
try {
  const check = await measureProcess('npm', ['run', '--silent', 'check:content'], { cwd: copy, env });
  if (check.exitCode !== 0) throw new Error(`content check failed on the synthetic copy:\n${check.output.slice(-2000)}`);
  benchLog(`check:content: ${check.seconds.toFixed(2)} s`);
  const build = await timedBuild(`summit + ${SYNTHETIC_SESSIONS} synthetic sessions`, copy, SUMMIT_SESSIONS + SYNTHETIC_SESSIONS, env);
  const server = await startNext(repo, copy, port);
  const path = '/events/bench-001/sessions/session-0';
  const load = await loadTest(`${server.url}${path}`, LOAD).finally(() => server.stop());
  const cpu = build.cpuSeconds === undefined ? '' : `, ${build.cpuSeconds.toFixed(1)} CPU s`;
  console.log(
    [
      '',
      `quick bench (${build.sessions} sessions, ${build.pages} pages), ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
      `  content check      ${check.seconds.toFixed(2)} s`,
      `  build, cold        ${build.seconds.toFixed(1)} s wall${cpu}, ${build.peakMiB} MiB peak, load average ${build.loadAtEnd?.toFixed(1)} at its end`,
      `  next start, ${path}, ${LOAD.connections} connections for ${LOAD.seconds} s: ${load.requestsPerSecond} req/s, p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.non2xx} non-2xx`,
    ].join('\n'),
  );
} finally {
  rmSync(copy, { recursive: true, force: true });
}
