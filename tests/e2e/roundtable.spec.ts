import { expect, test } from '@playwright/test';
import { summit } from './site-pages';

test('the roundtable shows the host apart, then each panelist with position and quotes, then the discussion', async ({ page }) => {
  await page.goto(summit.roundtable);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开谈:AI时代的研发新范式与开发者能力演进');
  await expect(page.locator('main > article > header')).toContainText('圆桌对话');

  const panel = page.getByRole('region', { name: '圆桌阵容' });
  await expect(panel.getByRole('link', { name: /CSDN 人工智能技术编辑团队/ })).toHaveAttribute('href', '/speakers/csdn-ai-editors');

  const cards = panel.getByRole('article');
  await expect(cards).toHaveCount(4);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(['董振华', '丁宁', '沈磊', '郑叔亮']);
  for (const card of await cards.all()) await expect(card).toContainText('观点');
  const zheng = cards.filter({ hasText: '郑叔亮' });
  await expect(zheng.getByRole('blockquote')).toHaveCount(2);
  await expect(zheng).toContainText('至少应该成为在浪潮上跳舞的人');
  await expect(cards.filter({ hasText: '董振华' })).toContainText('华为诺亚方舟实验室');

  await expect(page.getByRole('region', { name: '讨论实录' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('a panelist card opens the panelist page, which lists the roundtable', async ({ page }) => {
  await page.goto(summit.roundtable);
  await page.getByRole('region', { name: '圆桌阵容' }).getByRole('link', { name: '沈磊' }).click();
  await expect(page).toHaveURL(/\/speakers\/shen-lei$/);
  const sessions = page.getByRole('region', { name: '参与的场次' });
  await expect(sessions.getByRole('link', { name: '开谈:AI时代的研发新范式与开发者能力演进' })).toBeVisible();
  await expect(sessions).toContainText('圆桌嘉宾');
});
