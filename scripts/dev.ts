/**
 * npm run dev [-- next dev options]
 * The live preview, on the production bundler: `contentlayer2 dev` (contentlayer's own watcher) regenerates
 * content on save and `next dev` (Turbopack, as `next build`) updates the open page from it. Beside them,
 * every save re-runs the content check; its result goes to the terminal and to .dev/content-status.json,
 * which the dev-only route app/dev/content-status/route.dev.ts streams to the page's banner.
 * npm run admin (`--admin`): the same, with the web admin at /keystatic (docs/admin.md); Keystatic runs on webpack.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDevStatus, refreshDevStatus } from '../lib/editor/dev-status';

const root = resolve('.');
const print = (lines: string[]) => lines.forEach((line) => console.log(line));
const check = () => {
  try {
    const { status, changed } = refreshDevStatus(root);
    if (changed) print(describeDevStatus(status));
  } catch (error) {
    console.error('content check crashed:', error);
  }
};

const admin = process.argv.includes('--admin');
const args = process.argv.slice(2).filter((arg) => arg !== '--admin');
if (admin) console.log(`内容管理后台：http://localhost:${process.env.PORT ?? '3000'}/keystatic （首次打开要编译几秒）`);

// Before anything starts, so the first page already has a result to show.
check();
let pending: NodeJS.Timeout | undefined;
const watcher = watch(join(root, 'content'), { recursive: true }, () => {
  clearTimeout(pending);
  // Editors' programs save in several writes: one check once they settle (contentlayer waits 50 ms too).
  pending = setTimeout(check, 40);
});

const children: ChildProcess[] = [];
const run = (command: string, args: string[], onLine?: (line: string) => void, env: Record<string, string> = {}) => {
  const child = spawn(command, args, { stdio: ['ignore', onLine ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    chunk.toString().split('\n').forEach((line) => onLine?.(line));
  });
  child.on('exit', (code) => stop(code ?? 0));
  children.push(child);
  return child;
};

let nextStarted = false;
let searchIndexed = false;
const startNext = () => {
  if (nextStarted) return;
  nextStarted = true;
  const port = process.env.PORT;
  run('next', ['dev', ...(admin ? ['--webpack'] : []), ...(port && !args.includes('-p') ? ['-p', port] : []), ...args], undefined, admin ? { KEYSTATIC_ADMIN: '1' } : {});
};
// Next starts once contentlayer has written (or failed to write) its output, so the first page finds it.
run('contentlayer2', ['dev'], (line) => {
  if (/Generated|Error|error/.test(line)) startNext();
  // The search page reads the index files the build writes (public/search): written once at start.
  if (/Generated/.test(line) && !searchIndexed) {
    searchIndexed = true;
    spawn('npm', ['run', '--silent', 'search:index'], { stdio: 'ignore' });
  }
});

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  watcher.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
