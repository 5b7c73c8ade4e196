import { benchLog } from './build';
import { measureProcess } from './measure-process';

export interface SubBenchResult {
  name: string;
  command: string;
  seconds: number;
  exitCode: number;
  /** What the benchmark printed (its tables), progress lines left out. */
  output: string;
}

/**
 * Runs one of the stand-alone benchmarks (headers, search) as a step of `npm run bench`, so that one run
 * records every figure the goals name. Its tables are kept for the report; a failure is recorded, not
 * thrown, so that the steps after it still run.
 */
export async function runSubBench(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<SubBenchResult> {
  benchLog(`${name}: ${command} ${args.join(' ')}`);
  const run = await measureProcess(command, args, options);
  benchLog(`${name}: ${run.seconds.toFixed(0)} s, exit ${run.exitCode}`);
  const output = run.output
    .split('\n')
    .filter((line) => !line.startsWith('[bench') && !line.startsWith('[headers'))
    .join('\n')
    .trim();
  return {
    name,
    // Named relative to the site, so a recorded report holds no path of the machine it ran on.
    command: [command, ...args].join(' ').replaceAll(`${options.cwd}/`, ''),
    seconds: run.seconds,
    exitCode: run.exitCode,
    output,
  };
}

export const formatSubBench = (sub: SubBenchResult) =>
  `## ${sub.name} (\`${sub.command}\`, ${sub.seconds.toFixed(0)} s${sub.exitCode === 0 ? '' : `, FAILED with exit ${sub.exitCode}`})\n\n${sub.output.slice(-12_000)}`;
