import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { copySite, filesUnder, type SiteCopy } from './support/site-copy';
import { sitemapPaths } from './support/site-pages';

// content/ as a default Git for Windows checkout has it (every line ending CRLF), built for
// production and served beside the LF build under test: a reader sees the same site.

let site: SiteCopy;
let crlfOrigin = '';

const html = unified().use(rehypeParse).use(rehypeStringify);

function elements(node: Root | RootContent, match: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && match(node)) found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, match, found);
  return found;
}

function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return '';
  return 'children' in node ? node.children.map(text).join(' ') : '';
}

/** What a reader gets from a page: its title, the text of its main region, and the recap's HTML. */
function pageView(page: string) {
  const tree = html.parse(page);
  const classes = (element: Element) => [element.properties.className ?? []].flat().map(String);
  return {
    title: elements(tree, (element) => element.tagName === 'title').map(text).join(''),
    main: elements(tree, (element) => element.tagName === 'main').map(text).join(' ').replace(/\s+/g, ' ').trim(),
    recaps: elements(tree, (element) => classes(element).includes('prose-recap')).map((element) =>
      html.stringify({ type: 'root', children: element.children }),
    ),
  };
}

test.describe.configure({ mode: 'serial', timeout: 900_000 });

test.beforeAll(async () => {
  // A production build of the copy (after any other spec's copy: they take turns): about 20 s on a
  // quiet machine, minutes on a busy one.
  test.setTimeout(900_000);
  site = copySite('crlf-build');
  for (const file of filesUnder(join(site.dir, 'content'))) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
  }
  await site.build();
  crlfOrigin = await site.serve();
});

test.afterAll(() => site?.remove());

test('the copy really has Windows line endings in every content file', () => {
  const files = filesUnder(join(site.dir, 'content')).filter((file) => file.endsWith('.md'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(^|[^\r])\n/);
});

test('every page of the CRLF build has the LF build’s title, text and recap HTML', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(15);
  const crlfSitemap = await (await request.get(`${crlfOrigin}/sitemap.xml`)).text();
  const lfSitemap = await (await request.get('/sitemap.xml')).text();
  expect(crlfSitemap.match(/<loc>[^<]+<\/loc>/g)).toEqual(lfSitemap.match(/<loc>[^<]+<\/loc>/g));
  let recaps = 0;
  for (const path of paths) {
    const lf = await request.get(encodeURI(path));
    const crlf = await request.get(`${crlfOrigin}${encodeURI(path)}`);
    expect(crlf.status(), path).toBe(lf.status());
    const crlfPage = await crlf.text();
    expect(crlfPage, `${path} has a stray carriage return`).not.toContain('\r');
    const view = pageView(crlfPage);
    expect(view, path).toEqual(pageView(await lf.text()));
    expect(view.title, path).not.toBe('');
    expect(view.main, path).not.toBe('');
    recaps += view.recaps.length;
  }
  // Sessions, speakers and the event render a body; the comparison must have covered them.
  expect(recaps).toBeGreaterThan(10);
});
