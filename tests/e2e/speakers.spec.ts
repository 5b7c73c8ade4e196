import { expect, test } from '@playwright/test';
import { summit } from './site-pages';

test('the speakers index lists every person and opens their page', async ({ page }) => {
  await page.goto('/speakers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('嘉宾');
  // One card per person, under their initials' groups (the jump bar above is a list of its own).
  const cards = page.getByRole('main').locator('section[aria-labelledby^="initial-"] li');
  await expect(cards).toHaveCount(10);
  await expect(page.getByRole('main')).toContainText('共 10 位嘉宾');
  await page.getByRole('link', { name: /Owen Zhu/ }).click();
  await expect(page).toHaveURL(/\/speakers\/owen-zhu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Owen Zhu');
});

test('a speaker page shows role, organization, bio and every session they were part of', async ({ page }) => {
  await page.goto(summit.speaker);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('陈巍');
  await expect(page.getByRole('main')).toContainText('千芯科技 · 董事长');
  await expect(page.getByRole('region', { name: '简介' })).toContainText('@陈巍谈芯');
  const sessions = page.getByRole('region', { name: '参与的场次' });
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await sessions.getByRole('link', { name: '大模型涌现,如何部署训练架构与算力芯片' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大模型涌现,如何部署训练架构与算力芯片');
});

test('the moderator page lists the roundtable with the role of host', async ({ page }) => {
  await page.goto('/speakers/csdn-ai-editors');
  const sessions = page.getByRole('region', { name: '参与的场次' });
  await expect(sessions).toContainText('主持');
  await expect(sessions.getByRole('link', { name: /开谈/ })).toBeVisible();
});
