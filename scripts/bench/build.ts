import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from './measure-process';
import type { BenchResult } from './types';

export const benchLog = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** `npm run build` in `cwd`, timed, with the pages it wrote; throws with the build's output when it fails. */
export async function timedBuild(
  name: string,
  cwd: string,
  sessions: number,
  env: Record<string, string>,
): Promise<BenchResult['builds'][number]> {
  benchLog(`building ${name}…`);
  const run = await measureProcess('npm', ['run', 'build'], { cwd, env });
  if (run.exitCode !== 0) throw new Error(`${name} build failed:\n${run.output.slice(-3000)}`);
  const pages = readdirSync(join(cwd, '.next', 'server', 'app'), { recursive: true }).filter(
    (file) => String(file).endsWith('.html'),
  ).length;
  benchLog(`${name}: ${run.seconds.toFixed(1)} s, ${run.peakMiB} MiB peak, ${pages} pages`);
  const { seconds, peakMiB, loadAtEnd } = run;
  // GNU time misses next build's page workers; the sampled process tree does not.
  const cpuSeconds = Math.max(run.cpuSeconds ?? 0, run.treeCpuSeconds ?? 0) || undefined;
  return {
    name,
    sessions,
    pages,
    seconds,
    peakMiB,
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    loadAtEnd,
  };
}
