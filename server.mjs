/**
 * `npm start`: the production server on $PORT (default 3000). Next's documented custom-server request
 * handler serves the build; this file adds the headers. Each page's headers (its script hashes among
 * them) come from one lookup in the map `npm run build` wrote to .next/page-headers.json, so a request
 * costs the same with 70 pages or 10,000.
 * Prerendered pages' documents are replayed from memory after Next has answered each once
 * (lib/server/document-cache.mjs; DOCUMENT_CACHE=0 turns that off, to measure what it gives), and an
 * unknown address under /en/ gets the English not-found page (lib/server/english-not-found.mjs).
 * A rebuild under a running server: Next keeps manifests and pages in memory per process, so each
 * build is served by a process of its own. Once .next holds a finished build (its BUILD_ID and the
 * map's agree), a new worker starts on it and the old one stops taking connections, so a page and its
 * policy always come from the same build.
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { headerLookup, PAGE_HEADERS_FILE } from './lib/security/header-map.mjs';
import { documentCache } from './lib/server/document-cache.mjs';
import { englishNotFound } from './lib/server/english-not-found.mjs';
import { startCapture } from './lib/server/next-capture.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const dir = process.cwd();
const BUILD_DIR = join(dir, '.next');
/** How often to look for a finished rebuild; reading two small files, off the request path. */
const REBUILD_POLL_MS = Number(process.env.REBUILD_POLL_MS ?? 1000);
/** How long an old worker may finish its requests after a new build took over. */
const DRAIN_MS = 30_000;
const cacheDocuments = process.env.DOCUMENT_CACHE !== '0';

const readBuildId = () => readFileSync(join(BUILD_DIR, 'BUILD_ID'), 'utf8').trim();
const readMap = () => JSON.parse(readFileSync(join(BUILD_DIR, PAGE_HEADERS_FILE), 'utf8'));

async function serveBuild() {
  const lookup = headerLookup(readMap());
  const buildId = readBuildId();
  if (lookup.buildId !== buildId)
    throw new Error(`${PAGE_HEADERS_FILE} is from build ${lookup.buildId}, .next from ${buildId}`);
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  /** Next's answer, with this page's headers from the map (Next's own headers win where both set one). */
  const viaNext = (request, response) => {
    const pathname = (request.url ?? '/').split('?', 1)[0];
    for (const [name, value] of lookup.headersFor(pathname)) response.setHeader(name, value);
    return handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  };
  const { capture } = await startCapture(viaNext);
  const documents = documentCache({ capture, isStaticRoute: lookup.isStaticRoute });
  const notFound = englishNotFound({ capture, documents, isPage: lookup.isPage });
  const server = createServer((request, response) => {
    if (cacheDocuments && documents.serve(request, response)) return;
    if (!notFound.concerns(request)) {
      viaNext(request, response);
      return;
    }
    notFound.serve(request, response).then(
      (served) => served || viaNext(request, response),
      () => viaNext(request, response),
    );
  });
  server.on('error', (error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () =>
    process.send?.({ serving: buildId, pages: lookup.pageCount }),
  );
  // Replaced by a newer build, or the primary ended: finish the requests in flight, then stop.
  process.on('disconnect', () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  });
}

if (cluster.isPrimary) {
  let current = cluster.fork();
  let serving;
  let starting;
  const onMessage = (worker, message) => {
    if (!message?.serving) return;
    const previous = worker === current ? undefined : current;
    current = worker;
    starting = undefined;
    serving = message.serving;
    console.log(`▲ serving build ${serving} (${message.pages} pages) on http://localhost:${port}`);
    if (previous) {
      previous.disconnect();
      setTimeout(() => previous.kill(), DRAIN_MS).unref();
    }
  };
  cluster.on('message', onMessage);
  cluster.on('exit', (worker, code) => {
    if (worker === starting) {
      starting = undefined;
      console.error(`✗ the new build was not loaded (exit ${code}); still serving ${serving}`);
    } else if (worker === current && serving === undefined) {
      console.error('✗ cannot serve .next: run `npm run build` first.');
      process.exit(1);
    } else if (worker === current) {
      console.error(`✗ the server stopped (exit ${code}); starting it again`);
      current = cluster.fork();
    }
  });
  setInterval(() => {
    if (serving === undefined || starting) return;
    try {
      const buildId = readBuildId();
      // A build in progress: its map is missing or still the old one; keep serving until both agree.
      if (buildId === serving || readMap().buildId !== buildId) return;
    } catch {
      return;
    }
    starting = cluster.fork();
  }, REBUILD_POLL_MS).unref();
} else {
  serveBuild().catch((error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
}
