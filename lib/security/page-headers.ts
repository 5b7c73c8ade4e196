import { contentSecurityPolicy, type ScriptHashes } from './csp';
import { securityHeaders } from './headers';
import type { PageHashes } from './page-hashes';
import { PAGE_HEADERS_FORMAT, type HeaderSet, type PageHeadersFile } from './header-map.mjs';

export { PAGE_HEADERS_FILE, PAGE_HEADERS_FORMAT } from './header-map.mjs';

/**
 * What a page adds to the site-wide headers (e.g. a page that embeds a video allows its player in
 * frame-src and Permissions-Policy). A pure function of the page's path and HTML, called once per page
 * at build time; whatever it returns replaces the header of that name for that page only.
 */
export type PageHeaderExtras = (path: string, html: string) => Partial<HeaderSet>;

export const noPageExtras: PageHeaderExtras = () => ({});

/** Every header a page is sent with: the site's headers and a script policy holding its own hashes. */
export function pageHeaders(hashes: ScriptHashes, extras: Partial<HeaderSet> = {}): HeaderSet {
  return {
    ...securityHeaders,
    'Content-Security-Policy': contentSecurityPolicy({ kind: 'hashes', hashes }),
    ...extras,
  } as HeaderSet;
}

/**
 * The build's header map, for the production server (server.mjs): one entry per page, and the
 * not-found page's set for every other path (assets, 404s). Tied to the build id it was made from.
 */
export function pageHeadersFile(
  buildId: string,
  hashes: PageHashes,
  extrasOf: (path: string) => Partial<HeaderSet> = () => ({}),
): PageHeadersFile {
  const pages: Record<string, HeaderSet> = {};
  for (const [path, pageHashes] of Object.entries(hashes.pages))
    pages[path] = pageHeaders(pageHashes, extrasOf(path));
  return {
    format: PAGE_HEADERS_FORMAT,
    buildId,
    fallback: pageHeaders(hashes.notFound),
    pages,
  };
}
