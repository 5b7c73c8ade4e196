import { expect, test, type Page } from '@playwright/test';
import { securityHeaders } from '../../lib/security/headers';
import { htmlFilesUnder, pathOfHtmlFile } from '../../lib/security/page-hashes';

const PAGES = [
  '/',
  '/events/npcon-2023-beijing',
  '/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture',
  '/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills',
  '/speakers',
  '/speakers/chen-wei',
];

/** Collects what the browser reports about the Content-Security-Policy while a page loads. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

for (const path of [...PAGES, '/no-such-page']) {
  test(`${path} carries every security header and its own script policy`, async ({ page }) => {
    const violations = watchPolicy(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
    const headers = response?.headers() ?? {};
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['x-powered-by']).toBeUndefined();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The framework's scripts ran under that policy: the app hydrated, and nothing was refused.
    await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('framework assets carry the headers too', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const response = await request.get(script ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['strict-transport-security']).toBe(
    securityHeaders['Strict-Transport-Security'],
  );
  expect(response.headers()['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('no built page reports a policy violation in the console', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchPolicy(page);
  const paths = htmlFilesUnder('.next/server/app')
    .map(pathOfHtmlFile)
    .filter((path): path is string => typeof path === 'string' && path !== 'not-found');
  expect(paths.length).toBeGreaterThan(15);
  for (const path of paths) {
    await page.goto(encodeURI(path), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(() => 'next' in window), { message: path }).toBe(true);
  }
  expect(violations).toEqual([]);
});
