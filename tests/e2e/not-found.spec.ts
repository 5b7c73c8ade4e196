import { expect, test } from '@playwright/test';

const unknownPaths = [
  '/no-such-page',
  // /events is the archive; a series no event has is no page.
  '/events/series/no-such-series',
  '/events/no-such-event',
  '/events/npcon-2023-beijing/sessions/no-such-session',
  '/events/no-such-event/sessions/agents-planning-memory-prompt-first',
  '/speakers/no-such-speaker',
];

for (const path of unknownPaths) {
  test(`${path} answers 404 with the site's own page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('banner').getByRole('link', { name: /NPCon/ })).toBeVisible();
    await page.getByRole('link', { name: '回到首页' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
