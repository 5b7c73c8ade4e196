import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run content:build` (scripts/build-content.mjs) replaces `contentlayer2 build` in the build for
// its speed: it must write exactly what the CLI writes, and refuse what the CLI refuses, the same way.

const repo = process.cwd();
const work = join(repo, '.tmp', `build-content-${process.pid}`);
const PROJECT_FILES = ['contentlayer.config.ts', 'lib', 'tsconfig.json', 'package.json'];
const CLI = [join(repo, 'node_modules/contentlayer2/bin/cli.cjs'), 'build'];
const ENTRY = [join(repo, 'scripts/build-content.mjs')];

interface Run {
  code: number | null;
  output: string;
  /** Every file under .contentlayer/generated, by path. */
  generated: Map<string, string>;
}

function project(name: string, change?: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of PROJECT_FILES) symlinkSync(join(repo, file), join(dir, file));
  change?.(dir);
  return dir;
}

function build(dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // contentlayer takes its project folder from $PWD, not from the process's working directory.
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, PWD: dir, NODE_ENV: 'production' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const root = join(dir, '.contentlayer/generated');
      const files = existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : [];
      const generated = new Map(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((file) => [relative(root, file), readFileSync(file, 'utf8')]));
      resolve({ code, output, generated });
    });
  });
}

/** A session made unreadable for contentlayer's own checks (not the content check's): a required field gone. */
function breakOneSession(dir: string) {
  const sessions = join(dir, 'content/events/npcon-2023-beijing/sessions');
  const file = join(sessions, readdirSync(sessions).find((name) => name.endsWith('.md') && !name.endsWith('.en.md')) ?? '');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:.*\n/m, ''));
}

const runs = new Map<string, Run>();

beforeAll(async () => {
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith('build-content-')) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  runs.set('cli', await build(project('cli'), CLI));
  runs.set('entry', await build(project('entry'), ENTRY));
  runs.set('cli-broken', await build(project('cli-broken', breakOneSession), CLI));
  runs.set('entry-broken', await build(project('entry-broken', breakOneSession), ENTRY));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run content:build', () => {
  const run = (name: string) => runs.get(name) as Run;

  it('writes every generated file exactly as contentlayer2 build writes it', () => {
    expect(run('cli').code, run('cli').output).toBe(0);
    expect(run('entry').code, run('entry').output).toBe(0);
    expect(run('entry').generated.size).toBeGreaterThan(10);
    expect([...run('entry').generated.keys()]).toEqual([...run('cli').generated.keys()]);
    for (const [path, text] of run('cli').generated) expect(run('entry').generated.get(path), path).toBe(text);
    expect(run('entry').output).toMatch(/^Generated \d+ documents in \.contentlayer$/m);
  });

  it('refuses a document contentlayer cannot read as the CLI does: exit 1, the same message', () => {
    expect(run('cli-broken').code).toBe(1);
    expect(run('entry-broken').code).toBe(1);
    const lines = (output: string) => output.split('\n').filter((line) => line.includes('title'));
    expect(lines(run('entry-broken').output).length).toBeGreaterThan(0);
    expect(lines(run('entry-broken').output)).toEqual(lines(run('cli-broken').output));
  });
});
