/**
 * The fast path of `npm start` (server.mjs). A prerendered page's document, or a prerendered route's
 * answer (robots.txt, the feeds, the open data), never changes within a build, yet Next's handler spends
 * most of a request's time deciding so. The first time one is asked for in a given way (GET or HEAD, one
 * Accept-Encoding value), the request is served by Next as usual and the same request is put to Next's
 * handler once more off to the side (next-capture.mjs); its answer, our headers included, is kept in
 * memory and sent as is to the requests that follow: same status, same headers, same bytes (Next's own
 * compressed body when it compressed). A 304 for a page's ETag is learnt the same way. Anything else
 * goes to Next every time: RSC and prefetch requests, server actions, preview and revalidation
 * requests, ranges and other conditionals, public files and `_next/` assets, and every path that is not
 * a never-revalidated prerendered route of this build.
 */

/** Request headers through which Next's answer can differ from the prerendered document's. */
const NEXT_SPECIFIC = /^(?:rsc$|next-|x-next|x-prerender|x-middleware|x-action)/;
const OTHER_CONDITIONALS = new Set(['range', 'if-range', 'if-match', 'if-modified-since', 'if-unmodified-since']);
const PREVIEW_COOKIE = /__prerender_bypass|__next_preview_data/;
const NO_CACHE = /(?:^|,)\s*no-cache\s*(?:,|$)/i;
/** Ways (methods × Accept-Encoding values) one page may be kept in: browsers send a handful. */
const VARIANTS_PER_PAGE = 8;
/** Kept but not servable: Next did not answer this way with a plain 200 (a redirect, a cookie…). */
const UNSERVABLE = Symbol('unservable');

/**
 * What of a request matters to the fast path, or undefined when Next must see it. One pass over the
 * raw headers: building `request.headers` would cost more than the lookup itself.
 * @param {import('node:http').IncomingMessage} request
 */
export function documentRequest(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  if (query !== -1 && url.includes('_rsc', query)) return undefined;
  let acceptEncoding = '';
  let ifNoneMatch;
  let noCache = false;
  const raw = request.rawHeaders;
  for (let n = 0; n < raw.length; n += 2) {
    const name = raw[n].toLowerCase();
    const value = raw[n + 1];
    if (NEXT_SPECIFIC.test(name) || OTHER_CONDITIONALS.has(name)) return undefined;
    if (name === 'accept-encoding') {
      if (acceptEncoding) return undefined;
      acceptEncoding = value;
    } else if (name === 'if-none-match') {
      if (ifNoneMatch !== undefined) return undefined;
      ifNoneMatch = value;
    } else if (name === 'cookie' && PREVIEW_COOKIE.test(value)) return undefined;
    else if (name === 'cache-control' && NO_CACHE.test(value)) noCache = true;
  }
  if (ifNoneMatch !== undefined && noCache) return undefined;
  return {
    method: request.method,
    path: query === -1 ? url : url.slice(0, query),
    acceptEncoding,
    ifNoneMatch,
  };
}

/** A recorded answer as Node's writeHead takes it: status and a flat [name, value, …] list. */
const replayable = ({ status, headers, body }) => ({
  status,
  flat: headers.flat(),
  body,
  etag: headers.find(([name]) => name.toLowerCase() === 'etag')?.[1],
});

/** Sends a recorded answer; Node adds Date and the connection headers as it did for Next. */
export function replay(response, answer) {
  response.writeHead(answer.status, answer.flat);
  response.end(answer.body.length > 0 ? answer.body : undefined);
  return true;
}

/**
 * @param {{
 *   capture: (request: import('./next-capture.mjs').CaptureRequest) => Promise<import('./next-capture.mjs').Capture>,
 *   isStaticRoute: (path: string) => boolean,
 *   maxBytes?: number,
 * }} options
 */
export function documentCache({ capture, isStaticRoute, maxBytes = 256 * 1024 * 1024 }) {
  /** method, path and Accept-Encoding → answer (with its learnt 304), or UNSERVABLE */
  const answers = new Map();
  const variants = new Map();
  /** key → the capture under way, so a page is recorded once however many requests arrive meanwhile */
  const learning = new Map();
  let bytes = 0;

  const keep = (key, value) => {
    bytes += value === UNSERVABLE ? 0 : value.body.length;
    answers.set(key, value);
    // Oldest first out: a build's pages rarely exceed the budget, and a page dropped is learnt again.
    for (const [oldKey, old] of answers) {
      if (bytes <= maxBytes) break;
      answers.delete(oldKey);
      if (old !== UNSERVABLE) bytes -= old.body.length;
    }
    return value;
  };

  const learn = (key, wanted, notModifiedOf) => {
    if (learning.has(key)) return learning.get(key);
    const headers = { 'accept-encoding': wanted.acceptEncoding || undefined };
    if (notModifiedOf) headers['if-none-match'] = notModifiedOf.etag;
    const learnt = capture({ method: wanted.method, path: wanted.path, headers })
      .then((answer) => {
        const cookie = answer.headers.some(([name]) => name.toLowerCase() === 'set-cookie');
        if (!notModifiedOf) return keep(key, answer.status === 200 && !cookie ? replayable(answer) : UNSERVABLE);
        if (answer.status === 304 && !cookie) notModifiedOf.notModified = replayable(answer);
        return notModifiedOf.notModified;
      })
      .catch((error) => {
        console.error(`✗ could not record ${wanted.path}: ${error.message}`);
      })
      .finally(() => learning.delete(key));
    learning.set(key, learnt);
    return learnt;
  };

  const keyOf = (wanted) => `${wanted.method} ${wanted.path}\n${wanted.acceptEncoding}`;

  /** The answer kept for a request, learning it when first seen: undefined means ask Next. */
  const answerFor = (wanted) => {
    const key = keyOf(wanted);
    const answer = answers.get(key);
    if (answer === UNSERVABLE) return undefined;
    if (answer === undefined) {
      const count = variants.get(wanted.path) ?? 0;
      if (count < VARIANTS_PER_PAGE && !learning.has(key)) {
        variants.set(wanted.path, count + 1);
        learn(key, wanted);
      }
      return undefined;
    }
    if (wanted.ifNoneMatch === undefined) return answer;
    // Exactly the page's tag: 304. Anything else (a list, a weak or older tag) is Next's to judge.
    if (wanted.ifNoneMatch !== answer.etag) return undefined;
    if (answer.notModified === undefined) learn(`${key}\n304`, wanted, answer);
    return answer.notModified;
  };

  return {
    /** Serves a request for a prerendered page from memory when it can; false: Next must answer it. */
    serve(request, response) {
      const wanted = documentRequest(request);
      const answer = wanted && isStaticRoute(wanted.path) ? answerFor(wanted) : undefined;
      return answer ? replay(response, answer) : false;
    },
    /** A page's plain 200 answer (no conditional) for this method and Accept-Encoding, learnt if need be. */
    async answerOf(wanted) {
      const key = keyOf(wanted);
      const answer = answers.get(key) ?? (await learn(key, wanted));
      return answer === UNSERVABLE ? undefined : answer;
    },
    get size() {
      return { answers: answers.size, bytes };
    },
  };
}
