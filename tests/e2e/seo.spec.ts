import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from '@/lib/site';
import { pathOf, sitemapPaths, topicsBuilt } from './support/site-pages';

// Reads each page the way a crawler or a link-preview bot does: the server's HTML, no JavaScript.
test.use({ javaScriptEnabled: false });

const meta = (page: Page, key: string) =>
  page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .first()
    .getAttribute('content');

test('every published page has its own title, description, canonical URL, preview card and JSON-LD', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  const pages = (await topicsBuilt(request))
    ? paths
    : paths.filter((path) => !path.startsWith('/topics'));
  const titles = new Map<string, string>();
  const hreflangs = new Map<string, string>();

  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      // new URL() normalises the root: "https://host" and "https://host/" are the same page.
      const url = new URL(path, `${siteUrl}/`).href;
      const absolute = (href: string | null) => (href ? new URL(href).href : href);
      const title = await page.title();
      expect(title, 'title').toMatch(/\S/);
      expect([...titles.keys()], `title of ${path} used by ${titles.get(title)}`).not.toContain(
        title,
      );
      titles.set(title, path);

      // Ten characters at least: a Chinese phrase, or English words with spaces between them.
      expect(await meta(page, 'description'), 'description').toMatch(/\S.{9,}/);
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(absolute(canonical)).toBe(url);
      expect(absolute(await meta(page, 'og:url'))).toBe(url);
      expect(await meta(page, 'og:title')).toMatch(/\S/);
      expect(await meta(page, 'og:description')).toMatch(/\S/);
      expect(await meta(page, 'og:type')).toMatch(/^(website|article|profile)$/);
      const english = path === '/en' || path.startsWith('/en/');
      expect(await meta(page, 'og:locale')).toBe(english ? 'en_US' : 'zh_CN');
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      expect(await meta(page, 'og:image:alt')).toMatch(/\S/);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      expect(await feed.getAttribute('href')).toBe(`${siteUrl}${english ? '/en' : ''}/feed.xml`);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')}=${link.getAttribute('href')}`).sort().join(' '));
      hreflangs.set(url, alternates);

      const image = (await meta(page, 'og:image')) ?? '';
      expect(await meta(page, 'twitter:image')).toBe(image);
      const png = await request.get(pathOf(image));
      expect(png.status(), image).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect(bytes.length).toBeLessThan(300 * 1024);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts, 'one JSON-LD graph').toHaveLength(1);
      const graph = JSON.parse(scripts[0]!) as {
        '@context': string;
        '@graph': { '@type': string }[];
      };
      expect(graph['@context']).toBe('https://schema.org');
      expect(graph['@graph'].length).toBeGreaterThan(0);
    });
  }

  // hreflang is reciprocal: every page a page names as its counterpart names the same set back.
  for (const [url, alternates] of hreflangs) {
    if (!alternates) continue;
    for (const entry of alternates.split(' ')) {
      const target = new URL(entry.slice(entry.indexOf('=') + 1)).href;
      expect(hreflangs.get(target), `${url} → ${target}`).toBe(alternates);
    }
  }
  expect([...hreflangs.values()].filter(Boolean).length).toBeGreaterThan(20);
});

test('a session page describes the session, its summit and the recap for search engines', async ({
  page,
}) => {
  await page.goto('/events/npcon-2023-beijing/sessions/roundtable-new-paradigm-developer-skills');
  const [json] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = (JSON.parse(json!)['@graph'] as { '@type': string }[]).map((node) => node['@type']);
  expect(types).toEqual(['Event', 'Article', 'BreadcrumbList']);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'article:tag')).toBe('开源');
});

test('the not-found page asks not to be indexed', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  expect(await meta(page, 'robots')).toContain('noindex');
});
