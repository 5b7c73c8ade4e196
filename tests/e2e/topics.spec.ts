import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHIPS = '大模型涌现,如何部署训练架构与算力芯片';

test('topics link both ways: index → topic → session → topic', async ({ page }) => {
  await page.goto('/topics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('话题');
  await page.getByRole('link', { name: '算力 2 场' }).click();
  await expect(page).toHaveURL(/\/topics\/%E7%AE%97%E5%8A%9B$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('算力');
  const sessions = page.getByRole('heading', { level: 3 }).getByRole('link');
  await expect(sessions).toHaveText([CHIPS, 'AI大模型算力系统分析']);
  await sessions.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHIPS);
  await page
    .getByRole('list', { name: '话题' })
    .getByRole('link', { name: '算力', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('算力');
});

test('every topic page answers at its encoded address, unknown topics are 404', async ({
  page,
  request,
}) => {
  for (const path of [
    '/topics/%E7%AE%97%E5%8A%9B',
    '/topics/AI%20%E8%8A%AF%E7%89%87',
    '/topics/InsCode',
  ]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  expect((await request.get('/topics/%E9%87%8F%E5%AD%90%E8%AE%A1%E7%AE%97')).status()).toBe(404);
  await page.goto('/topics/AI%20%E8%8A%AF%E7%89%87');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 芯片');
});

test('topic pages pass axe and fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ['/topics', '/topics/%E5%BC%80%E6%BA%90']) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations, path).toEqual(
      [],
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      path,
    ).toBeLessThanOrEqual(360);
  }
});
