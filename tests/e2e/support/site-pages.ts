import type { APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { siteUrl } from '@/lib/site';

/** Pages that answer a reader but are tools, not content: never in the sitemap. */
export const NOT_CONTENT = ['/search'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['url', 'entry', 'link', 'author', 'category'].includes(name),
});

/** Parses XML the way a crawler must: a document that is not well-formed fails the test. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml) as Record<string, unknown>;
}

/** The site's absolute URL → the path to request from the server under test. */
export function pathOf(url: string): string {
  if (!url.startsWith(`${siteUrl}/`)) throw new Error(`${url} is not under ${siteUrl}`);
  return url.slice(siteUrl.length) || '/';
}

export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  const { urlset } = parseXml(await response.text()) as { urlset: { url: { loc: string }[] } };
  return urlset.url.map((entry) => pathOf(entry.loc));
}

/**
 * Topic pages come from the topics feature; until a build has them, /topics answers 404 and the
 * sitemap's topic entries cannot be fetched yet.
 */
export async function topicsBuilt(request: APIRequestContext): Promise<boolean> {
  return (await request.get('/topics')).ok();
}
