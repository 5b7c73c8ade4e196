import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_TIMEOUT, SiteCopy } from './support/site-copy';

// Drafts written with `npm run new` into a copy of the site, built for production and served:
// nothing of them may reach a reader.
const repo = process.cwd();
const site = new SiteCopy('draft-build');
const copy = site.dir;

const DRAFT_TEXTS = ['只在草稿里的峰会', '只在草稿里的演讲', '草稿峰会的演讲', '草稿嘉宾', 'draft-only-summit', 'draft-only-talk', 'draft-summit-talk', 'draft-only-person'];
const DRAFT_URLS = [
  '/events/draft-only-summit',
  '/events/draft-only-summit/sessions/draft-summit-talk',
  '/events/npcon-2023-beijing/sessions/draft-only-talk',
  '/speakers/draft-only-person',
];

let baseURL = '';

const scaffold = (...args: string[]) => site.run(process.execPath, ['--import', 'tsx', join(repo, 'scripts/new.ts'), ...args, '--root', copy]);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test.describe.configure({ mode: 'serial', timeout: BUILD_TIMEOUT });

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT);
  site.create();
  await scaffold('event', '--slug', 'draft-only-summit', '--title', '只在草稿里的峰会', '--city', '深圳', '--date', '2099-01-01');
  await scaffold('speaker', '--name', '草稿嘉宾', '--role', '工程师', '--organization', '示例', '--slug', 'draft-only-person');
  await scaffold('session', '--event', 'npcon-2023-beijing', '--title', '只在草稿里的演讲', '--speakers', 'draft-only-person', '--slug', 'draft-only-talk');
  await scaffold('session', '--event', 'draft-only-summit', '--title', '草稿峰会的演讲', '--speakers', 'chen-wei', '--slug', 'draft-summit-talk');
  await site.run('npm', ['run', 'build']);
  await site.start();
  baseURL = site.baseURL;
});

test.afterAll(() => site.remove());

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
