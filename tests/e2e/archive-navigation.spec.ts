import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addSyntheticEvent } from '../../scripts/bench/synthetic';
import { copySite, type SiteCopy } from './support/site-copy';

// Navigation made for an archive, on one built copy of the site with two more events (other years,
// series and cities) and 60 more sessions on 开源, so its topic page runs to a second page.
let site: SiteCopy;
let origin = '';
const TOPIC = `/topics/${encodeURIComponent('开源')}`;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = copySite('archive-build');
  const speakers = readdirSync(join(site.dir, 'content/speakers'))
    .filter((file) => !file.endsWith('.en.md'))
    .map((file) => file.replace(/\.md$/, ''));
  addSyntheticEvent(
    site.dir,
    { slug: 'archive-2022-shanghai', title: '合成大会·上海站', series: 'bench', city: '上海', date: '2022-06-18' },
    { first: 0, count: 60, speakers, topics: ['开源'] },
  );
  addSyntheticEvent(
    site.dir,
    { slug: 'archive-2021-shenzhen', title: '合成大会·深圳站', series: 'bench', city: '深圳', date: '2021-11-06' },
    { first: 60, count: 1, speakers, topics: ['算力'] },
  );
  await site.build();
  origin = await site.serve();
});

test.afterAll(() => site?.remove());

test.describe('/events', () => {
  test('lists every event under its year, newest first, and the home page leads there', async ({ page }) => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: /浏览全部活动/ }).click();
    await expect(page).toHaveURL(`${origin}/events`);
    await expect(page.locator('main h2')).toHaveText(['2023 年', '2022 年', '2021 年']);
    await expect(page.locator('[data-year="2023"] h3')).toHaveText(['新程序员大会(NPCon):AI模型技术与应用峰会']);
    await expect(page.locator('[data-year="2022"] h3')).toHaveText(['合成大会·上海站']);
    await expect(page.locator('[data-year="2021"] h3')).toHaveText(['合成大会·深圳站']);
    await expect(page.getByRole('navigation', { name: '筛选活动' }).getByRole('link', { name: /^全部活动/ })).toHaveAttribute('aria-current', 'page');
  });

  test('a city filter leads to a page listing only that city’s events, its link marked', async ({ page }) => {
    await page.goto(`${origin}/events`);
    const filters = page.getByRole('navigation', { name: '筛选活动' });
    await filters.getByRole('link', { name: '深圳 (1)' }).click();
    await expect(page).toHaveURL(`${origin}/events/city/shenzhen`);
    await expect(page.locator('h1')).toHaveText('在深圳举办的活动');
    await expect(page.locator('main h3')).toHaveText(['合成大会·深圳站']);
    await expect(filters.getByRole('link', { name: '深圳 (1)' })).toHaveAttribute('aria-current', 'page');
    await expect(filters.locator('[aria-current]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/events\/city\/shenzhen$/);
  });

  test('the filters work with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/events`);
    await page.getByRole('navigation', { name: '筛选活动' }).getByRole('link', { name: /^bench \(2\)$/ }).click();
    await expect(page).toHaveURL(`${origin}/events/series/bench`);
    await expect(page.locator('main h3')).toHaveText(['合成大会·上海站', '合成大会·深圳站']);
    await page.getByRole('navigation', { name: '筛选活动' }).getByRole('link', { name: '北京 (1)' }).click();
    await expect(page).toHaveURL(`${origin}/events/city/beijing`);
    await expect(page.locator('main h3')).toHaveText(['新程序员大会(NPCon):AI模型技术与应用峰会']);
    await context.close();
  });

  test('the English archive uses the same filter addresses under /en', async ({ page }) => {
    await page.goto(`${origin}/en/events`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h2')).toHaveText(['2023', '2022', '2021']);
    await page.getByRole('navigation', { name: 'Filter events' }).getByRole('link', { name: 'Beijing (1)' }).click();
    await expect(page).toHaveURL(`${origin}/en/events/city/beijing`);
    await expect(page.locator('h1')).toHaveText('Events in Beijing');
  });

  test('series and city are not event pages', async ({ request }) => {
    for (const path of ['/events/series', '/events/city', '/events/city/chengdu', '/en/events/series/nope']) {
      expect((await request.get(`${origin}${path}`)).status(), path).toBe(404);
    }
  });
});

test.describe('/speakers', () => {
  test('groups speakers by initial; the jump bar lands on the group', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${origin}/speakers`);
    const bar = page.getByRole('navigation', { name: '按姓名拼音首字母查找' });
    const letters = await bar.getByRole('link').allTextContents();
    expect(letters.length).toBeGreaterThan(3);
    expect([...letters].sort()).toEqual(letters);
    const last = letters.at(-1) ?? '';
    await bar.getByRole('link', { name: new RegExp(`^${last}（`) }).click();
    await expect(page).toHaveURL(`${origin}/speakers#initial-${last.toLowerCase()}`);
    const heading = page.locator(`#initial-${last.toLowerCase()}`);
    await expect(heading).toHaveText(last);
    await expect(heading).toBeInViewport();
    // The group holds the speakers whose pinyin starts with that letter: 郑叔亮 under Z.
    await expect(page.locator('section[aria-labelledby="initial-z"]')).toContainText('郑叔亮');
  });

  test('the summit’s roster stays on one page: no letter pages', async ({ request }) => {
    expect((await request.get(`${origin}/speakers/letter/z`)).status()).toBe(404);
    expect((await request.get(`${origin}/en/speakers/letter/z`)).status()).toBe(404);
  });
});

test.describe('topic pages', () => {
  test('show 50 sessions, then continue at /page/2 with rel prev/next and a canonical of their own', async ({ page }) => {
    await page.goto(`${origin}${TOPIC}`);
    // The summit's own sessions on 开源 and the copy's 60.
    const total = Number((await page.locator('h1 + p').textContent())?.match(/共 (\d+) 场/)?.[1]);
    expect(total).toBeGreaterThan(60);
    await expect(page.locator('main li h3')).toHaveCount(50);
    await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', new RegExp(`${TOPIC}/page/2$`));
    await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${TOPIC}$`));
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: /下一页/ }).click();
    await expect(page).toHaveURL(`${origin}${TOPIC}/page/2`);
    await expect(page.locator('main li h3')).toHaveCount(total - 50);
    await expect(page).toHaveTitle(/第 2 页/);
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', new RegExp(`${TOPIC}$`));
    await expect(page.locator('link[rel="next"]')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${TOPIC}/page/2$`));
    await expect(page.getByRole('link', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');
  });

  test('page 1 has one address; past the last page is no page', async ({ request }) => {
    expect((await request.get(`${origin}${TOPIC}/page/1`)).status()).toBe(404);
    expect((await request.get(`${origin}${TOPIC}/page/3`)).status()).toBe(404);
    expect((await request.get(`${origin}/en/topics/open-source/page/2`)).status()).toBe(200);
  });

  test('every listing page is in the sitemap, with its English alternate', async ({ request }) => {
    const sitemap = await (await request.get(`${origin}/sitemap.xml`)).text();
    for (const path of ['/events', '/events/series/bench', '/events/city/shenzhen', `${TOPIC}/page/2`, '/en/events/city/beijing', '/en/topics/open-source/page/2']) {
      expect(sitemap, path).toContain(`${path}</loc>`);
    }
    expect(sitemap).toMatch(/hreflang="en" href="[^"]*\/en\/topics\/open-source\/page\/2"/);
  });
});
