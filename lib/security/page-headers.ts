import { contentSecurityPolicy, type ScriptHashes } from './csp';
import { embedPolicyFor } from './embed-policy';
import { securityHeaders } from './headers';
import type { PageHashes } from './page-hashes';
import { normalisePath, PAGE_HEADERS_FORMAT, type HeaderSet, type PageHeadersFile } from './header-map.mjs';

export { PAGE_HEADERS_FILE, PAGE_HEADERS_FORMAT } from './header-map.mjs';

/**
 * Every header a page is sent with: the site's headers and a script policy holding its own hashes. A page
 * with a recording's player (frameOrigins) also frames exactly those hosts and delegates the player's
 * features to them alone (embed-policy.ts); every other page keeps frame-src 'none'.
 */
export function pageHeaders(hashes: ScriptHashes, frameOrigins: readonly string[] = []): HeaderSet {
  const embed = embedPolicyFor({ frameOrigins });
  return {
    ...securityHeaders,
    'Content-Security-Policy': contentSecurityPolicy({ kind: 'hashes', hashes }, embed.frameSrc),
    ...(frameOrigins.length > 0 ? { 'Permissions-Policy': embed.permissionsPolicy } : {}),
  } as HeaderSet;
}

/**
 * The build's header map, for the production server (server.mjs): one entry per page, and the
 * not-found page's set for every other path (assets, 404s). Tied to the build id it was made from.
 * `staticRoutes`: the prerendered routes (pages, robots.txt, feeds…) that never change within the
 * build (build-format.ts), whose answers the server may replay from memory.
 */
export function pageHeadersFile(
  buildId: string,
  hashes: PageHashes,
  staticRoutes: readonly string[] = [],
): PageHeadersFile {
  const pages: Record<string, HeaderSet> = {};
  for (const [path, pageHashes] of Object.entries(hashes.pages))
    pages[path] = pageHeaders(pageHashes, hashes.frames[path]);
  return {
    format: PAGE_HEADERS_FORMAT,
    buildId,
    fallback: pageHeaders(hashes.notFound),
    pages,
    staticRoutes: staticRoutes.map(normalisePath),
  };
}
