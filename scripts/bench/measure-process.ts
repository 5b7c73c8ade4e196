import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessMeasure {
  seconds: number;
  /** Largest sum of resident memory of the command and all its descendants, sampled every 200 ms. */
  peakMiB: number;
  /**
   * User + system CPU seconds of the command and the children it waited for (GNU time), which a
   * busy machine inflates far less than wall time; undefined where /usr/bin/time is missing.
   */
  cpuSeconds?: number;
  /**
   * User + system CPU seconds of every process seen in the command's tree (the last sample of each,
   * every 200 ms): counts workers that GNU time misses because nobody waited for them; misses at most
   * the last 200 ms of each process.
   */
  treeCpuSeconds: number;
  /** The 1-minute load average when the command ended: how shared the machine was. */
  loadAtEnd: number;
  exitCode: number;
  output: string;
}

/** pid → [parent pid, resident bytes, CPU clock ticks] for every process we can read. */
function processTable(): Map<number, [number, number, number]> {
  const table = new Map<number, [number, number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command name: state, ppid, …; rss (in pages) is field 24 of stat, index 21 here.
      // utime and stime (fields 14 and 15, in clock ticks of 1/100 s) are at 11 and 12.
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * 4096, Number(fields[11]) + Number(fields[12])]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** The tree's resident bytes now; records each process's CPU ticks so far in `ticks`. */
function sampleTree(root: number, ticks: Map<number, number>): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const entry = table.get(pid);
    total += entry?.[1] ?? 0;
    if (entry && pid !== root) ticks.set(pid, entry[2]);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command to its end, timing it and sampling the memory of its whole process tree. */
export function measureProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const timed = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timesFile = join(dir, 'times');
  const [program, programArgs] = timed
    ? [GNU_TIME, ['-f', '%U %S', '-o', timesFile, command, ...args]]
    : [command, args];
  return new Promise<ProcessMeasure>((resolve) => {
    const started = performance.now();
    const child = spawn(program, programArgs, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    // The root is GNU time itself (or the command): its own CPU is negligible or counted by time.
    const ticks = new Map<number, number>();
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, sampleTree(child.pid, ticks));
    }, 200);
    child.on('close', (code) => {
      clearInterval(sampler);
      const times =
        timed && existsSync(timesFile)
          ? readFileSync(timesFile, 'utf8').trim().split('\n').at(-1)
          : '';
      const [user, system] = (times ?? '').split(' ').map(Number);
      rmSync(dir, { recursive: true, force: true });
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMiB: Math.round(peak / 1024 / 1024),
        treeCpuSeconds: [...ticks.values()].reduce((sum, tick) => sum + tick, 0) / 100,
        ...(user !== undefined && system !== undefined && !Number.isNaN(user + system)
          ? { cpuSeconds: user + system }
          : {}),
        loadAtEnd: loadavg()[0] ?? 0,
        exitCode: code ?? 1,
        output,
      });
    });
  });
}
