import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SPEAKERS_ON_ONE_PAGE } from '../../lib/content/listing/speaker-initials';
import { copySite, type SiteCopy } from './support/site-copy';

// A roster too long for one page, on a built copy: the summit's speakers and 90 more whose family names
// (张, 赵, 周, 郑, 朱) all file under Z, so /speakers lists letters and Z runs to three pages.
let site: SiteCopy;
let origin = '';
const SURNAMES = ['张', '赵', '周', '郑', '朱'];
const ADDED = 90;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = copySite('speaker-letters');
  for (let index = 1; index <= ADDED; index += 1) {
    const name = `${SURNAMES[index % SURNAMES.length]}合成${index}`;
    writeFileSync(
      join(site.dir, `content/speakers/synthetic-z-${index}.md`),
      `---\nname: "${name}"\nrole: "工程师"\norganization: "合成科技"\n---\n\n合成的嘉宾，用于按首字母分页。\n`,
    );
  }
  await site.build();
  origin = await site.serve();
});

test.afterAll(() => site?.remove());

test('a long letter continues on numbered pages, each its own canonical address, linked previous and next', async ({ page, request }) => {
  await page.goto(`${origin}/speakers`);
  await page.getByRole('navigation', { name: /首字母/ }).getByRole('link', { name: /^Z/ }).click();
  await expect(page).toHaveURL(`${origin}/speakers/letter/z`);
  await expect(page.locator('main section li')).toHaveCount(SPEAKERS_ON_ONE_PAGE);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\/speakers\/letter\/z\/page\/2$/);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: /下一页/ }).click();
  await expect(page).toHaveURL(`${origin}/speakers/letter/z/page/2`);
  await expect(page.locator('h1')).toContainText('2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/speakers\/letter\/z\/page\/2$/);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', /\/speakers\/letter\/z$/);
  // Page 1 has one address only; past the last page there is nothing.
  expect((await request.get(`${origin}/speakers/letter/z/page/1`)).status()).toBe(404);
  expect((await request.get(`${origin}/speakers/letter/z/page/9`)).status()).toBe(404);
  const sitemap = await (await request.get(`${origin}/sitemap.xml`)).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/speakers\/letter\/z\/page\/2<\/loc>/);
});

test('the English edition has the same pages', async ({ page }) => {
  const response = await page.goto(`${origin}/en/speakers/letter/z/page/2`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', /\/en\/speakers\/letter\/z$/);
});
