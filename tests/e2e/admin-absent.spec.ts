import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

// The web admin exists under `npm run admin` only: the production build and the static export have
// no /keystatic, no admin API and no admin code in any file they ship or run.
const repo = process.cwd();
const ADMIN_CODE = ['@keystatic', '@keystar/ui', 'keystatic-main-panel', 'lib/admin/', 'components/admin/'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|mjs|cjs|json|html|rsc|txt|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('/keystatic and its API answer 404 with the site’s not-found page', async ({ page, request }) => {
  for (const url of ['/keystatic', '/keystatic/collection/speakers']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  }
  const api = await request.get('/api/keystatic/tree', { headers: { 'no-cors': '1' } });
  expect(api.status()).toBe(404);
});

test('no admin code in the production build or the static export', () => {
  const built = [...filesUnder(join(repo, '.next/server')), ...filesUnder(join(repo, '.next/static')), ...filesUnder(join(repo, 'out'))];
  expect(built.length).toBeGreaterThan(20);
  const offenders = built.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return ADMIN_CODE.some((needle) => text.includes(needle));
  });
  expect(offenders.map((file) => relative(repo, file))).toEqual([]);
});
