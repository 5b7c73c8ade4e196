/**
 * npm run dev [-- next dev options]
 * The development server, plus the content check in watch mode: every save re-checks content/,
 * prints the problems here and writes them to .dev/content-status.json, which the page's banner shows.
 * npm run admin (`--admin`): the same, with the web admin at /keystatic (see docs/admin.md).
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDevStatus, refreshDevStatus } from '../lib/editor/dev-status';

const root = resolve('.');
const print = (lines: string[]) => lines.forEach((line) => console.log(line));

// Written before Next starts: the banner component requires the file.
print(describeDevStatus(refreshDevStatus(root).status));

let timer: NodeJS.Timeout | undefined;
let settle: NodeJS.Timeout | undefined;
let lastWrite = 0;
const check = (force: boolean) => {
  try {
    const { status, changed } = refreshDevStatus(root, force);
    if (!changed) return;
    print(describeDevStatus(status));
    // Webpack can miss a second write that lands while it rebuilds for the first: write once more when it settles.
    if (Date.now() - lastWrite < 3000) {
      clearTimeout(settle);
      settle = setTimeout(() => check(true), 1500);
    }
    lastWrite = Date.now();
  } catch (error) {
    console.error('content check crashed:', error);
  }
};
const recheck = () => {
  clearTimeout(timer);
  // Editors' programs save in several writes; one check after they settle.
  timer = setTimeout(() => check(false), 60);
};
const watcher = watch(join(root, 'content'), { recursive: true }, recheck);

const admin = process.argv.includes('--admin');
const args = process.argv.slice(2).filter((arg) => arg !== '--admin');
const port = process.env.PORT;
if (admin) console.log(`内容管理后台：http://localhost:${port ?? '3000'}/keystatic （首次打开要编译几秒）`);
const next = spawn('next', ['dev', '--webpack', ...(port && !args.includes('-p') ? ['-p', port] : []), ...args], {
  stdio: 'inherit',
  env: admin ? { ...process.env, KEYSTATIC_ADMIN: '1' } : process.env,
});
const stop = (signal: NodeJS.Signals) => {
  watcher.close();
  next.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
next.on('exit', (code) => process.exit(code ?? 0));
