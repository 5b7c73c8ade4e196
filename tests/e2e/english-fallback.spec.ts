import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// A copy of the site in which one speaker has no translation, built for production and served: the
// English page still exists, in the English interface with the Chinese text marked as Chinese, a
// notice, noindex and a canonical to the Chinese page; the pair has no hreflang and no sitemap entry.
const repo = process.cwd();
const copy = join(repo, '.tmp', `untranslated-build-${process.pid}`);
const SKIPPED = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report', '.contentlayer', '.dev', '.tmp', 'tests', 'out', 'package-lock.json']);
const UNTRANSLATED = '/speakers/owen-zhu';

let server: ChildProcess | undefined;
let baseURL = '';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith('untranslated-build-')) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  for (const entry of readdirSync(repo)) {
    if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(copy, entry), { recursive: true });
  }
  rmSync(join(copy, `content${UNTRANSLATED}.en.md`));
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

test('the untranslated English page: English interface, Chinese text marked, notice, noindex, canonical to Chinese', async ({ page }) => {
  const response = await page.goto(`${baseURL}/en${UNTRANSLATED}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-untranslated-notice]')).toContainText('not been translated yet');
  await expect(page.getByRole('heading', { name: 'Biography' })).toBeVisible();
  await expect(page.locator('h1 [lang="zh-CN"]')).toHaveText('Owen Zhu');
  await expect(page.locator('.prose-recap[lang="zh-CN"]')).toContainText('浪潮信息');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`[^n]${UNTRANSLATED}$`));
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});

test('its Chinese page lists no hreflang, and neither English nor the pair is in the sitemap as a pair', async ({ page, request }) => {
  await page.goto(`${baseURL}${UNTRANSLATED}`);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const sitemap = await (await request.get(`${baseURL}/sitemap.xml`)).text();
  expect(sitemap).not.toMatch(new RegExp(`<loc>[^<]*/en${UNTRANSLATED}</loc>`));
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*[^n]${UNTRANSLATED}</loc>`));
  expect(sitemap).not.toMatch(new RegExp(`hreflang="en" href="[^"]*/en${UNTRANSLATED}"`));
  // A translated speaker keeps its pair.
  expect(sitemap).toMatch(/hreflang="en" href="[^"]*\/en\/speakers\/chen-wei"/);
});
