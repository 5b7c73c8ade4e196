import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索关键词' });
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('link');

async function search(page: Page, query: string) {
  await page.goto('/search');
  await searchBox(page).fill(query);
  await expect(page.getByRole('status')).toContainText('条结果');
}

const FIRST_RESULTS: [query: string, heading: string][] = [
  ['推理', '美团视觉GPU推理服务部署架构优化的实践'],
  ['算力芯片', '大模型涌现,如何部署训练架构与算力芯片'],
  ['InsCode', '用好工具,人人都是AI应用开发者'],
  ['郑叔亮', '郑叔亮'],
];

for (const [query, heading] of FIRST_RESULTS) {
  test(`searching ${query} opens ${heading}`, async ({ page }) => {
    await search(page, query);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await results(page).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

test('a query of absent words finds nothing and suggests topics', async ({ page }) => {
  await page.goto('/search');
  await searchBox(page).fill('量子计算');
  await expect(page.getByRole('status')).toHaveText('没有找到与“量子计算”相关的内容。');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByText('试试这些话题：')).toBeVisible();
  await page.getByRole('link', { name: /^算力/ }).click();
  await expect(page).toHaveURL(/\/topics\/%E7%AE%97%E5%8A%9B$/);
});

test('the query lives in the URL: shared links, reloads and the back button keep it', async ({
  page,
}) => {
  await search(page, '美团 GPU 推理');
  await expect(page).toHaveURL(/\/search\?q=%E7%BE%8E%E5%9B%A2\+GPU\+%E6%8E%A8%E7%90%86$/);
  await expect(results(page).first()).toContainText('美团视觉GPU推理服务部署架构优化的实践');
  await results(page).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '美团视觉GPU推理服务部署架构优化的实践',
  );
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('美团 GPU 推理');
  await expect(results(page).first()).toContainText('美团视觉GPU推理服务部署架构优化的实践');
  await page.goto('/search?q=%E5%9C%86%E6%A1%8C%20%E5%BC%80%E6%BA%90');
  await expect(searchBox(page)).toHaveValue('圆桌 开源');
  await expect(results(page).first()).toContainText('开谈:AI时代的研发新范式与开发者能力演进');
});

test('the keyboard alone searches from any page and opens a result', async ({ page }) => {
  await page.goto('/speakers');
  const headerSearch = page.getByRole('search').getByRole('searchbox');
  for (
    let presses = 0;
    presses < 12 && !(await headerSearch.evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(headerSearch).toBeFocused();
  await page.keyboard.type('推理');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E6%8E%A8%E7%90%86$/);
  await expect(results(page).first()).toBeVisible();
  await searchBox(page).press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '美团视觉GPU推理服务部署架构优化的实践',
  );
});

test('the search page passes axe, empty and with results, and fits a 360 px phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/search');
  await expect(page.getByText('热门话题')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  await searchBox(page).fill('开源');
  await expect(results(page).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('on a phone, one search in Chinese finds the Meituan GPU talk and the roundtable on open source', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const [query, title] of [
    ['美团 GPU 推理', '美团视觉GPU推理服务部署架构优化的实践'],
    ['圆桌 开源', '开谈:AI时代的研发新范式与开发者能力演进'],
  ] as const) {
    await page.goto('/');
    await page.getByRole('search').getByRole('searchbox').fill(query);
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toContainText(title);
  }
});

test('a first query shows ten hits; the rest are read when the reader reaches the end of the list', async ({
  page,
}) => {
  await search(page, '模型');
  await expect(page.getByRole('status')).toHaveText('“模型”共有 16 条结果');
  await expect(results(page)).toHaveCount(10);
  const more = page.getByRole('button', { name: '显示更多结果' });
  await more.scrollIntoViewIfNeeded();
  await expect(results(page)).toHaveCount(16);
  await expect(more).toHaveCount(0);
  // Typed again (back at the top of the page), the list starts over at ten.
  await page.evaluate(() => window.scrollTo(0, 0));
  await searchBox(page).fill('大模型');
  await expect(page.getByRole('status')).toHaveText('“大模型”共有 13 条结果');
  await expect(results(page)).toHaveCount(10);
  // The button reads them too (dispatched without scrolling, which would read them first).
  await page.getByRole('button', { name: '显示更多结果' }).dispatchEvent('click');
  await expect(results(page)).toHaveCount(13);
});
