import { expect, test } from '@playwright/test';
import { summit } from './site-pages';

test('the event page introduces the summit and lists its agenda in order', async ({ page }) => {
  await page.goto(summit.event);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新程序员大会(NPCon):AI模型技术与应用峰会');
  await expect(page.getByRole('region', { name: '峰会介绍' })).toContainText('AI主题季');

  const entries = page.getByRole('region', { name: /议程/ }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(entries).toHaveCount(6);
  await expect(entries.getByRole('heading')).toHaveText([
    '大模型涌现,如何部署训练架构与算力芯片',
    'Agent是大模型未来最有想象力、最有前景的方向',
    '美团视觉GPU推理服务部署架构优化的实践',
    'AI大模型算力系统分析',
    '用好工具,人人都是AI应用开发者',
    '开谈:AI时代的研发新范式与开发者能力演进',
  ]);
  await expect(entries.nth(0)).toContainText('主旨演讲');
  await expect(entries.nth(4)).toContainText('闪电演讲');
  await expect(entries.nth(5)).toContainText('圆桌对话');
  await expect(entries.nth(2).getByRole('link', { name: '张旭' })).toBeVisible();
  await expect(entries.nth(2)).toContainText('美团');
});

test('a reader opens a session from the agenda', async ({ page }) => {
  await page.goto(summit.event);
  await page.getByRole('link', { name: 'AI大模型算力系统分析' }).click();
  await expect(page).toHaveURL(/\/events\/npcon-2023-beijing\/sessions\/ai-large-model-compute-systems$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型算力系统分析');
});
