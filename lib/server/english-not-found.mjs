/**
 * Under `npm start`, an unknown address under /en/ gets the English edition's not-found page (its own
 * <html lang="en">, its own script hashes) with status 404, as the static hosts serve out/en/404.html.
 * Next alone cannot: an address matching no route gets app/global-not-found.tsx, one page for both
 * editions. Whether Next would answer 404 is asked of Next itself (a HEAD request, its verdict kept per
 * path), so public files, route handlers such as /en/feed.xml and every real page are left alone.
 */
import { documentRequest, replay } from './document-cache.mjs';

/** The English not-found page, prerendered from app/en/[...missing]. */
export const ENGLISH_NOT_FOUND_PAGE = '/en/404';
/** Verdicts kept; forgotten all at once when full, so unknown addresses cannot grow memory. */
const MAX_VERDICTS = 10_000;

/**
 * @param {{
 *   capture: (request: import('./next-capture.mjs').CaptureRequest) => Promise<import('./next-capture.mjs').Capture>,
 *   documents: ReturnType<typeof import('./document-cache.mjs').documentCache>,
 *   isPage: (path: string) => boolean,
 * }} options
 */
export function englishNotFound({ capture, documents, isPage }) {
  /** path → Next's 404 answer's headers when Next has no such address, else undefined */
  const verdicts = new Map();
  const verdictOf = (path) => {
    let verdict = verdicts.get(path);
    if (verdict === undefined) {
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdict = capture({ method: 'HEAD', path }).then(
        (answer) => (answer.status === 404 ? answer.headers : undefined),
        () => undefined,
      );
      verdicts.set(path, verdict);
    }
    return verdict;
  };

  return {
    /** Whether this request is one to ask about: a page-like request under /en/ for no page of ours. */
    concerns(request) {
      if (!request.url?.startsWith('/en/')) return false;
      const wanted = documentRequest(request);
      return wanted !== undefined && wanted.path.startsWith('/en/') && !isPage(wanted.path);
    },
    /** Answers with the English not-found page when Next has no such address; false otherwise. */
    async serve(request, response) {
      const wanted = documentRequest(request);
      const missing = wanted && (await verdictOf(wanted.path));
      if (!missing) return false;
      const page = await documents.answerOf({ ...wanted, path: ENGLISH_NOT_FOUND_PAGE, ifNoneMatch: undefined });
      if (!page) return false;
      return replay(response, asNotFound(page, missing));
    },
  };
}

/**
 * The English page's answer as a 404: its body and every header of it (type, encoding, ETag, its own
 * policy), with the Cache-Control Next gives its own 404s, which no cache may keep.
 */
function asNotFound(page, nextNotFound) {
  const isCaching = (name) => name.toLowerCase() === 'cache-control';
  const flat = [];
  for (let n = 0; n < page.flat.length; n += 2)
    if (!isCaching(page.flat[n])) flat.push(page.flat[n], page.flat[n + 1]);
  for (const [name, value] of nextNotFound) if (isCaching(name)) flat.push(name, value);
  return { status: 404, flat, body: page.body };
}
