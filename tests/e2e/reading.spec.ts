import { expect, test } from '@playwright/test';

const MEITUAN = '/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture';
const ROUNDTABLE = '/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills';

test('a recap has its contents, reading time, related sessions and pull quotes', async ({
  page,
}) => {
  await page.goto(ROUNDTABLE);
  await expect(page.getByText(/^阅读约 \d+ 分钟$/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: '本文目录' });
  await expect(toc.getByRole('link')).toHaveCount(6);
  await toc.getByRole('link', { name: '郑叔亮：在浪潮上跳舞' }).click();
  await expect(page).toHaveURL(/#/);
  await expect(
    page.getByRole('heading', { level: 2, name: '郑叔亮：在浪潮上跳舞' }),
  ).toBeInViewport();
  const related = page.getByRole('region', { name: '相关场次' });
  await expect(related.getByRole('link').first()).toContainText('同属话题');

  await page.goto('/events/npcon-2023-beijing/sessions/agents-planning-memory-prompt-first');
  const quote = page.getByRole('region', { name: '原话摘录' }).getByRole('figure').first();
  await expect(quote.getByRole('link', { name: '张路宇' })).toHaveAttribute(
    'href',
    '/speakers/zhang-luyu',
  );
});

test('the roundtable shows the host apart, then each panelist with position and quotes', async ({
  page,
}) => {
  await page.goto(ROUNDTABLE);
  const panel = page.getByRole('region', { name: '圆桌阵容' });
  await expect(panel.getByText('主持', { exact: true })).toBeVisible();
  const cards = panel.getByRole('article');
  await expect(cards).toHaveCount(4);
  const zheng = cards.filter({ hasText: '郑叔亮' });
  await expect(zheng.getByText('观点')).toBeVisible();
  await expect(zheng.getByRole('blockquote')).toHaveCount(2);
});

test('the copy-link button copies the page address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(MEITUAN);
  const copy = page.getByRole('link', { name: '复制链接' });
  await copy.click();
  await expect(page.getByText('已复制')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${MEITUAN}`);
  await expect(page).toHaveURL(`${baseURL}${MEITUAN}`);
});

test('without scripts a recap reads fine: content, permalink, no dead toggle', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(MEITUAN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '美团视觉GPU推理服务部署架构优化的实践',
  );
  await expect(page.getByRole('link', { name: '复制链接' })).toHaveAttribute('href', MEITUAN);
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await context.close();
});

test('dark follows the system; the toggle remembers the choice with no flash on reload', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  // The background as painted when the document has just been parsed, before any bundle runs.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.firstBackground = getComputedStyle(
        document.body,
      ).backgroundColor;
    }),
  );
  await page.goto(MEITUAN);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: '切换到浅色模式' }).click();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-first-background', 'rgb(255, 255, 255)');
  await expect(page.getByRole('button', { name: '切换到深色模式' })).toBeVisible();
  await context.close();
});

test('a recap prints on A4 without navigation or controls', async ({ page }) => {
  await page.goto(MEITUAN);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('link', { name: '复制链接' })).toBeHidden();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the agenda shows each session as kind, title, headline and people with organizations', async ({
  page,
}) => {
  await page.goto('/events/npcon-2023-beijing');
  const entry = page
    .getByRole('region', { name: /议程/ })
    .getByRole('listitem')
    .filter({ hasText: '美团视觉GPU推理' })
    .first();
  await expect(entry.getByText('主旨演讲')).toBeVisible();
  await expect(entry.getByText('拆分 CPU 与 GPU 运算')).toBeVisible();
  await expect(entry.getByText('· 美团')).toBeVisible();
  await expect(page.getByRole('region', { name: /议程/ }).getByText('圆桌对话')).toBeVisible();
});

test('the event, a talk and the roundtable fit a 360 px phone without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ['/events/npcon-2023-beijing', MEITUAN, ROUNDTABLE]) {
    await page.goto(path);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      path,
    ).toBeLessThanOrEqual(360);
  }
});
