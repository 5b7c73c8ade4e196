import { expect, test } from '@playwright/test';

test('the home page shows the summit at a glance, its agenda and its speakers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/NPCon/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI模型技术与应用峰会');
  await expect(page.getByText('2023年8月12日').first()).toBeVisible();
  await expect(page.getByText('北京 · 北京格兰云天大酒店', { exact: true })).toBeVisible();
  await expect(page.getByText('全链路搭建AI研发底座', { exact: true })).toBeVisible();
  const agenda = page.getByRole('region', { name: '议程' });
  await expect(agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(6);
  await expect(agenda.getByRole('link', { name: '美团视觉GPU推理服务部署架构优化的实践' })).toBeVisible();
  await expect(page.getByRole('region', { name: '嘉宾' }).getByRole('link')).toHaveCount(10);
});
