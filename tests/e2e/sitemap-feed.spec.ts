import { expect, test } from '@playwright/test';
import { siteUrl } from '@/lib/site';
import { crawlSite } from './site-pages';
import {
  NOT_CONTENT,
  parseXml,
  pathOf,
  sitemapPaths,
  topicsBuilt,
} from './support/site-pages';

test('the sitemap lists every page a reader can reach, and every page it lists answers', async ({
  request,
}) => {
  const listed = await sitemapPaths(request);
  expect(new Set(listed).size, 'no page listed twice').toBe(listed.length);

  const reachable = (await crawlSite(request)).filter((path) => !NOT_CONTENT.includes(path));
  expect(reachable.length).toBeGreaterThan(15);
  expect(listed).toEqual(expect.arrayContaining(reachable));

  const fetchable = (await topicsBuilt(request))
    ? listed
    : listed.filter((path) => !path.startsWith('/topics'));
  const broken: string[] = [];
  for (const path of fetchable) if ((await request.get(path)).status() !== 200) broken.push(path);
  expect(broken, 'sitemap entries that do not answer 200').toEqual([]);
  for (const path of NOT_CONTENT) expect(listed).not.toContain(path);
});

test('every sitemap entry has a last-modified date', async ({ request }) => {
  const { urlset } = parseXml(await (await request.get('/sitemap.xml')).text()) as {
    urlset: { url: { lastmod?: string }[] };
  };
  for (const entry of urlset.url) expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.headers()['content-type']).toContain('text/plain');
  const robots = await response.text();
  expect(robots).toMatch(/User-Agent: \*\s+Allow: \//);
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

test('the feed is Atom with one entry per session of the agenda', async ({ request, page }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const { feed } = parseXml(await response.text()) as {
    feed: { title: string; entry: Record<string, unknown>[] };
  };

  await page.goto('/');
  const agenda = page.getByRole('region', { name: '议程' }).getByRole('heading', { level: 3 });
  const sessionTitles = await agenda.allTextContents();
  expect(feed.entry.map((entry) => (entry.title as { '#text': string })['#text'])).toEqual(
    sessionTitles,
  );

  for (const entry of feed.entry) {
    const [link] = entry.link as { href: string }[];
    expect((await request.get(pathOf(link!.href))).status()).toBe(200);
    expect(entry.summary).toMatchObject({ '#text': expect.stringMatching(/\S/) });
    expect((entry.author as { name: string }[]).length).toBeGreaterThan(0);
    expect((entry.category as unknown[]).length).toBeGreaterThan(0);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }
});
