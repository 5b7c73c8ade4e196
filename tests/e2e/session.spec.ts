import { expect, test } from '@playwright/test';
import { summit } from './site-pages';

test('a talk shows its kind, speaker, headline, takeaways, attributed quotes and recap', async ({ page }) => {
  await page.goto(summit.talk);
  const header = page.locator('main > article > header');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agent是大模型未来最有想象力、最有前景的方向');
  await expect(header).toContainText('主旨演讲');
  await expect(header.getByRole('link', { name: '张路宇' })).toHaveAttribute('href', '/speakers/zhang-luyu');
  await expect(header).toContainText('prompt first');

  await expect(page.getByRole('region', { name: '要点' }).getByRole('listitem')).toHaveCount(6);
  const quotes = page.getByRole('region', { name: '原话摘录' }).getByRole('figure');
  await expect(quotes).toHaveCount(2);
  await expect(quotes.nth(1)).toContainText('每个人都要学习LangChain,但最终都会丢掉它。');
  await expect(quotes.nth(1).getByRole('link', { name: '张路宇' })).toHaveAttribute('href', '/speakers/zhang-luyu');

  const recap = page.getByRole('region', { name: '回顾' });
  await expect(recap.getByRole('heading', { level: 2, name: 'LangChain 的得与失' })).toBeVisible();
  await expect(recap).toContainText('5% 左右');
});

test('previous and next lead through the agenda', async ({ page }) => {
  await page.goto(summit.talk);
  await page.getByRole('link', { name: /下一场/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('美团视觉GPU推理服务部署架构优化的实践');
  await page.getByRole('link', { name: /上一场/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agent是大模型未来最有想象力、最有前景的方向');
  await page.getByRole('link', { name: /上一场/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大模型涌现,如何部署训练架构与算力芯片');
  await expect(page.getByRole('link', { name: /上一场/ })).toHaveCount(0);
});

test('the event link in a session header returns to the event', async ({ page }) => {
  await page.goto(summit.talk);
  await page.locator('main > article > header').getByRole('link', { name: /AI模型技术与应用峰会/ }).click();
  await expect(page).toHaveURL(/\/events\/npcon-2023-beijing$/);
});
