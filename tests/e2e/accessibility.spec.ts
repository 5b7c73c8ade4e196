import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { crawlSite, representativePages } from './site-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violationsOn(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBe(path.endsWith('/no-such-page') ? 404 : 200);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

// The crawl finds every page (topics grow with content), so the light-scheme pass is split in shards
// that the workers run side by side.
const SHARDS = 3;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page reachable by links has no axe violations (light, part ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const pages = await crawlSite(request);
    expect(pages.length).toBeGreaterThanOrEqual(19);
    const mine = pages.filter((_, index) => index % SHARDS === shard);
    const violations: string[] = [];
    for (const path of mine) violations.push(...(await violationsOn(page, path)));
    expect(violations).toEqual([]);
  });
}

// Dark mode changes colours, not structure: one page of each kind covers every component's dark palette.
test('one page of each kind has no axe violations in the dark scheme', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const path of Object.values(representativePages)) violations.push(...(await violationsOn(page, path)));
  expect(violations).toEqual([]);
  await context.close();
});

test('no page scrolls sideways on a 360 px phone', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const pages = await crawlSite(request);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of [...pages, '/no-such-page']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the dark scheme follows the system', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = (background.match(/[\d.]+/g) ?? []).map(Number);
  expect(r + g + b, `dark background, got ${background}`).toBeLessThan(120);
  await context.close();
});

test('the keyboard reaches the skip link first and it jumps to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
