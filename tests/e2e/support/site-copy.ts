import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from '@playwright/test';

// A copy of the site with extra content, built for production and served, for specs that must not
// touch content/. The copy sits inside the repository (git-ignored) so its build resolves the
// repository's node_modules exactly as the real build does.

const repo = process.cwd();
const SKIPPED = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report', '.contentlayer', '.dev', '.tmp', 'tests', 'package-lock.json', 'out', 'reports']);

/** About 20 s on a quiet machine, minutes on a busy one. */
export const BUILD_TIMEOUT = 420_000;

export class SiteCopy {
  readonly dir: string;
  private server: ChildProcess | undefined;
  baseURL = '';

  constructor(readonly prefix: string) {
    this.dir = join(repo, '.tmp', `${prefix}-${process.pid}`);
  }

  /** Copies the site, leaving out copies an interrupted run left behind (linting would find them). */
  create(): void {
    for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
      if (stale.startsWith(`${this.prefix}-`)) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
    }
    for (const entry of readdirSync(repo)) {
      if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(this.dir, entry), { recursive: true });
    }
  }

  /** Adds a fixture tree's content/ to the copy's. */
  addContent(fixtureRoot: string): void {
    cpSync(join(fixtureRoot, 'content'), join(this.dir, 'content'), { recursive: true });
  }

  /** Runs a command in the copy without blocking the test runner's clock; rejects with its output on failure. */
  run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: this.dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
    });
  }

  /** `next start` on a free port, once the copy is built; resolves when the home page answers. */
  async start(): Promise<void> {
    const port = await freePort();
    this.baseURL = `http://localhost:${port}`;
    this.server = spawn(join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: this.dir, stdio: 'ignore' });
    await expect.poll(() => fetch(this.baseURL).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);
  }

  remove(): void {
    this.server?.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
