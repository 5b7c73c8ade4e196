import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

// Drafts written with `npm run new` into a copy of the site, built for production and served:
// nothing of them may reach a reader. The copy sits inside the repository (git-ignored) so its build
// resolves the repository's node_modules exactly as the real build does.
const repo = process.cwd();
const copy = join(repo, '.tmp', `draft-build-${process.pid}`);
const SKIPPED = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report', '.contentlayer', '.dev', '.tmp', 'tests', 'package-lock.json']);

const DRAFT_TEXTS = ['只在草稿里的峰会', '只在草稿里的演讲', '草稿峰会的演讲', '草稿嘉宾', 'draft-only-summit', 'draft-only-talk', 'draft-summit-talk', 'draft-only-person'];
const DRAFT_URLS = [
  '/events/draft-only-summit',
  '/events/draft-only-summit/sessions/draft-summit-talk',
  '/events/npcon-2023-beijing/sessions/draft-only-talk',
  '/speakers/draft-only-person',
];

let server: ChildProcess | undefined;
let baseURL = '';

/** Runs a command in the copy without blocking the test runner's clock; rejects with its output on failure. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
  });
}
const scaffold = (...args: string[]) => run(process.execPath, ['--import', 'tsx', join(repo, 'scripts/new.ts'), ...args, '--root', copy]);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test.describe.configure({ mode: 'serial', timeout: 420_000 });

test.beforeAll(async () => {
  // A production build of the copy: about 20 s on a quiet machine, minutes on a busy one.
  test.setTimeout(420_000);
  // A run that was cut short leaves its copy behind, where type checking and linting would find it.
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith('draft-build-')) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  for (const entry of readdirSync(repo)) {
    if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(copy, entry), { recursive: true });
  }
  await scaffold('event', '--slug', 'draft-only-summit', '--title', '只在草稿里的峰会', '--city', '深圳', '--date', '2099-01-01');
  await scaffold('speaker', '--name', '草稿嘉宾', '--role', '工程师', '--organization', '示例', '--slug', 'draft-only-person');
  await scaffold('session', '--event', 'npcon-2023-beijing', '--title', '只在草稿里的演讲', '--speakers', 'draft-only-person', '--slug', 'draft-only-talk');
  await scaffold('session', '--event', 'draft-only-summit', '--title', '草稿峰会的演讲', '--speakers', 'chen-wei', '--slug', 'draft-summit-talk');
  await run('npm', ['run', 'build']);

  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  server = spawn(join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: copy, stdio: 'ignore' });
  await expect.poll(() => fetch(baseURL).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(copy, { recursive: true, force: true });
});

test('the copy really had drafts to leave out', () => {
  const generated = filesUnder(join(copy, '.contentlayer/generated')).map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const text of ['只在草稿里的峰会', '只在草稿里的演讲', '草稿峰会的演讲', '草稿嘉宾']) expect(generated).toContain(text);
});

test('a draft event, session or speaker answers 404 with the site’s not-found page', async ({ page }) => {
  for (const url of DRAFT_URLS) {
    const response = await page.goto(`${baseURL}${url}`);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  }
});

test('no list shows a draft: home, the event’s agenda, the speakers', async ({ page }) => {
  await page.goto(baseURL);
  // The draft summit is dated 2099: were it published, it would be the home page's event.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI模型技术与应用峰会');
  for (const url of ['/', '/events/npcon-2023-beijing', '/speakers']) {
    await page.goto(`${baseURL}${url}`);
    const text = await page.locator('body').innerText();
    for (const draft of DRAFT_TEXTS) expect(text, `${url} mentions ${draft}`).not.toContain(draft);
  }
  await page.goto(`${baseURL}/events/npcon-2023-beijing`);
  await expect(page.getByRole('region', { name: '议程' }).getByRole('heading', { level: 3 })).toHaveCount(6);
});

test('nothing the build publishes mentions a draft: pages, feeds, sitemaps, search data, static assets', () => {
  // Server code chunks hold the whole content store (drafts are filtered when a page renders) and are never served.
  const published = [
    ...filesUnder(join(copy, '.next/server/app')).filter((file) => !/\.(js|js\.map|nft\.json)$/.test(file)),
    ...filesUnder(join(copy, '.next/static')),
    ...filesUnder(join(copy, 'public')),
    ...filesUnder(join(copy, 'out')),
  ];
  expect(published.length).toBeGreaterThan(10);
  for (const file of published) {
    const text = readFileSync(file, 'utf8');
    for (const draft of DRAFT_TEXTS) expect(text.includes(draft), `${relative(copy, file)} mentions ${draft}`).toBe(false);
  }
});
