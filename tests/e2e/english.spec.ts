import { expect, test, type Response } from '@playwright/test';
import { inlineScriptHashes } from '../../lib/security/inline-scripts';
import { summit } from './site-pages';

// An English-speaking reader: the same pages under /en, English interface, translated content, the
// original Chinese words beside each quote, and a switch back to the Chinese page.

const en = (path: string) => (path === '/' ? '/en' : `/en${path}`);

test('the home page switches to English and back, to the same page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Speakers' }).first()).toBeVisible();
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a session page leads to the same session in the other language, with reciprocal hreflang', async ({ page }) => {
  await page.goto(summit.talk);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${en(summit.talk)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Agents Are the Most Imaginative/);
  const alternates = async () =>
    page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`).sort(),
    );
  const expected = [`en ${en(summit.talk)}`, `x-default ${summit.talk}`, `zh-CN ${summit.talk}`];
  expect(await alternates()).toEqual(expected);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${en(summit.talk)}$`));
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'zh_CN');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/en\/events\//);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${summit.talk}$`));
  expect(await alternates()).toEqual(expected);
});

test('a quote shows the translation and the original Chinese words, marked as Chinese', async ({ page }) => {
  await page.goto(en(summit.talk));
  const quote = page.getByRole('region', { name: 'In their words' }).locator('figure').first();
  await expect(quote.locator('blockquote > p').first()).toContainText('Agents are the most promising direction');
  const original = quote.locator('[data-original-words] [lang="zh-CN"]');
  await expect(original).toContainText('Agent是LLM(大语言模型)的最有前景的方向');
  await expect(quote.locator('[data-original-words]')).toContainText('Original');
});

test('the roundtable in English: panelists by their English names, positions, and original words', async ({ page }) => {
  await page.goto(en(summit.roundtable));
  await expect(page.getByRole('heading', { name: 'The panel', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Zheng Shuliang' })).toBeVisible();
  await expect(page.locator('[data-original-words] [lang="zh-CN"]').first()).toBeVisible();
  await expect(page.getByText('Position').first()).toBeVisible();
  // Dates and lists come from the English formats.
  await expect(page.locator('time').first()).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
});

test('English topic pages live at the dictionary slug', async ({ page }) => {
  await page.goto(en(summit.talk));
  await page.getByRole('list', { name: 'Topics' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/topics\/[a-z0-9-]+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/topics\/%[0-9A-F]{2}|\/topics\/[A-Za-z]/);
});

test('searching in English finds English pages', async ({ page }) => {
  await page.goto('/en/search');
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('infer');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true);
  await expect(page.getByRole('status')).toContainText(/results? for “infer”/);
  // The Chinese search is unchanged.
  await page.goto('/search?q=%E6%8E%A8%E7%90%86');
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveAttribute('href', /^\/(events|speakers|topics)\//);
});

test('the English feed and the sitemap list both editions', async ({ request }) => {
  const feed = await (await request.get('/en/feed.xml')).text();
  expect(feed).toContain('xml:lang="en"');
  expect(feed).toContain('/en/events/npcon-2023-beijing/sessions/');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(sitemap).toMatch(/<loc>[^<]*\/en\/speakers\/chen-wei<\/loc>/);
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="zh-CN" href="[^"]*\/speakers\/chen-wei"/);
});

test('an English address that does not exist answers 404 with the English not-found page and its own policy', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/en/no-such-page', '/en/events/no-such-event/sessions/x', '/en/speakers/no-such-speaker']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en');
    // The policy sent is the English page's: exactly the hashes of the scripts in the body sent.
    const policy = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    const hashes = policy.match(/'sha256-[^']+'/g)?.sort();
    expect(hashes, path).toEqual(inlineScriptHashes(await (response as Response).text()).sort());
    expect((await response?.allHeaders())?.['cache-control'], path).toContain('no-store');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
  }
  expect(violations).toEqual([]);
  // A Chinese miss keeps the Chinese page; real files under /en/ are untouched.
  const chinese = await request.get('/no-such-page');
  expect(chinese.status()).toBe(404);
  expect(await chinese.text()).toContain('<html lang="zh-CN"');
  const feed = await request.get('/en/feed.xml', { headers: { accept: 'text/html' } });
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('xml:lang="en"');
  const index = await request.get('/en/search/index.json');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toMatch(/json/);
});

test('English pages keep their width on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/en', en(summit.roundtable)]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
