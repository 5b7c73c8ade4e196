/**
 * npm run check:links [-- <dir>] — offline, over the built site (default out/): every internal link,
 * asset and #fragment on every page resolves, as a static host would resolve it ($uri, $uri.html,
 * $uri/index.html). Absolute URLs on the site's own origin (canonical, og:image, sitemap) count as
 * internal; other origins are not fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFilesUnder, pathOfHtmlFile } from '../lib/security/page-hashes';
import { siteUrl } from '../lib/site';

const dir = process.argv[2] ?? 'out';
const origin = new URL(siteUrl).origin;

/** Attributes that point at something the page needs or offers. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  meta: ['content'],
};

function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  for (const candidate of [decoded, `${decoded}.html`, join(decoded, 'index.html')]) {
    const file = join(dir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const found = new Set<string>();
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') found.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.name === 'string')
        found.add(node.properties.name);
    });
    ids = found;
    idsCache.set(file, ids);
  }
  return ids;
}

function urlsOf(element: Element): string[] {
  const attributes = URL_ATTRIBUTES[element.tagName] ?? [];
  const values: string[] = [];
  for (const attribute of attributes) {
    const value = element.properties[attribute];
    if (typeof value !== 'string' || value === '') continue;
    if (element.tagName === 'meta' && !/^https?:\/\//.test(value)) continue;
    if (attribute === 'srcSet')
      values.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
    else values.push(value);
  }
  return values;
}

/** What is wrong with one reference from a page, or undefined when it resolves. */
function problemWith(reference: string, pageUrl: URL, pageFile: string): string | undefined {
  const url = new URL(reference, pageUrl);
  if (url.origin !== pageUrl.origin) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const samePage = url.pathname === pageUrl.pathname;
  const target = samePage ? pageFile : fileFor(url.pathname);
  if (!target) return 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
    return `no element with id "${fragment}"`;
  return undefined;
}

const pages = htmlFilesUnder(dir);
if (pages.length === 0) {
  console.error(`✗ no HTML under ${dir}/: run \`npm run build:static\` first`);
  process.exit(1);
}
const problems: string[] = [];
let checked = 0;
for (const page of pages) {
  const path = pathOfHtmlFile(page);
  if (path === undefined) continue;
  const pageUrl = new URL(path === 'not-found' ? '/404' : path, origin);
  const file = join(dir, page);
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (element: Element) => {
    for (const reference of urlsOf(element)) {
      checked += 1;
      const problem = problemWith(reference, pageUrl, file);
      if (problem) problems.push(`${page}: <${element.tagName}> ${reference}: ${problem}`);
    }
  });
}
const sitemap = join(dir, 'sitemap.xml');
if (existsSync(sitemap)) {
  for (const [, loc] of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    checked += 1;
    const problem = problemWith(loc ?? '', new URL('/sitemap.xml', origin), sitemap);
    if (problem) problems.push(`sitemap.xml: ${loc}: ${problem}`);
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\n✗ ${problems.length} broken links or anchors (of ${checked} checked in ${pages.length} pages)`,
  );
  process.exit(1);
}
console.log(`✓ ${checked} links and anchors in ${pages.length} pages all resolve`);
