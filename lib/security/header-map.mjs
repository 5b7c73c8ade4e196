/**
 * The production server's side of the per-page headers (plain JavaScript: `npm start` runs it with
 * Node alone). The build writes the map (lib/security/page-headers.ts); the server looks a request's
 * path up in it, one Map lookup whatever the number of pages.
 */

/** Our own file inside the build folder, written by scripts/build-csp.ts; Next never reads it. */
export const PAGE_HEADERS_FILE = 'page-headers.json';
/** Bump when the file's shape changes, so a server never reads a map it does not understand. */
export const PAGE_HEADERS_FORMAT = 2;

/** Normalises a request path so `/topics/%E6%8E%A8`, `/topics/推` and `/topics/推/` meet. */
export function normalisePath(pathname) {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is not one of our pages; it gets the not-found page's headers.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
}

/** Checks a parsed map file and returns its lookup: request path → header entries to send. */
export function headerLookup(file) {
  if (file?.format !== PAGE_HEADERS_FORMAT || typeof file.buildId !== 'string')
    throw new Error(
      `${PAGE_HEADERS_FILE}: format ${file?.format}, expected ${PAGE_HEADERS_FORMAT}: run \`npm run build\` again`,
    );
  const entries = (set) => Object.entries(set);
  const pages = new Map(Object.entries(file.pages).map(([path, set]) => [path, entries(set)]));
  const fallback = entries(file.fallback);
  const staticRoutes = new Set(file.staticRoutes);
  return {
    buildId: file.buildId,
    pageCount: pages.size,
    headersFor: (pathname) => pages.get(normalisePath(pathname)) ?? fallback,
    isPage: (pathname) => pages.has(normalisePath(pathname)),
    isStaticRoute: (pathname) => staticRoutes.has(normalisePath(pathname)),
  };
}
