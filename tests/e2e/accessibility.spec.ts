import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawlSite } from './site-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page is reachable by links and has no axe violations (${colorScheme})`, async ({ browser, request }) => {
    test.setTimeout(180_000);
    const pages = await crawlSite(request);
    expect(pages.length).toBeGreaterThanOrEqual(19);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(200);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
    await context.close();
  });
}

test('no page scrolls sideways on a 360 px phone', async ({ browser, request }) => {
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
