import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { expect } from '@playwright/test';

// A copy of the site to change, build for production and serve, for specs that need a build the
// repository's own content does not give. The copy sits inside the repository (git-ignored .tmp/) so
// its build resolves the repository's node_modules exactly as the real build does.
const repo = process.cwd();
const SKIPPED = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report', '.contentlayer', '.dev', '.tmp', 'tests', 'package-lock.json']);

export interface SiteCopy {
  dir: string;
  /** Runs a command in the copy without blocking the test runner's clock; rejects with its output on failure. */
  run(command: string, args: string[]): Promise<void>;
  /** `npm run build` in the copy, one copy at a time across test workers. */
  build(): Promise<void>;
  /** Starts `next start` on a free port over the copy's build; resolves to its origin once it answers. */
  serve(): Promise<string>;
  /** Stops the server and deletes the copy. */
  remove(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Two production builds at once on a two-core machine take longer than one after the other and can run
 * out of memory, so specs in different workers take turns (a lock folder holding the builder's pid).
 */
async function oneBuildAtATime(build: () => Promise<void>): Promise<void> {
  const lock = join(repo, '.tmp', 'site-copy-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Just taken; its pid is on the way.
      }
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  try {
    await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Copies the repository (without builds, tests and dependencies) to `.tmp/<name>-<pid>`. */
export function copySite(name: string): SiteCopy {
  // A run that was cut short leaves its copy behind, where type checking and linting would find it.
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith(`${name}-`)) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  const dir = join(repo, '.tmp', `${name}-${process.pid}`);
  for (const entry of readdirSync(repo)) {
    if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  let server: ChildProcess | undefined;
  const run = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
    });
  return {
    dir,
    run,
    build: () => oneBuildAtATime(() => run('npm', ['run', 'build'])),
    async serve() {
      const port = await freePort();
      const origin = `http://localhost:${port}`;
      server = spawn(join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: dir, stdio: 'ignore' });
      await expect.poll(() => fetch(origin).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);
      return origin;
    },
    remove() {
      server?.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
