/**
 * `npm start`: the production server on $PORT (default 3000). Next's documented custom-server request
 * handler serves the build; this file adds the headers. Each page's headers (its script hashes among
 * them) come from one lookup in the map `npm run build` wrote to .next/page-headers.json, so a request
 * costs the same with 70 pages or 10,000.
 * A rebuild under a running server: once .next holds a finished build (its BUILD_ID and the map's
 * agree), the server loads the new map and a new request handler together, so a page and its policy
 * always come from the same build.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { headerLookup, PAGE_HEADERS_FILE } from './lib/security/header-map.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const dir = process.cwd();
const BUILD_DIR = join(dir, '.next');
/** How often to look for a finished rebuild; reading two small files, off the request path. */
const REBUILD_POLL_MS = Number(process.env.REBUILD_POLL_MS ?? 1000);

function readBuild() {
  const buildId = readFileSync(join(BUILD_DIR, 'BUILD_ID'), 'utf8').trim();
  const lookup = headerLookup(JSON.parse(readFileSync(join(BUILD_DIR, PAGE_HEADERS_FILE), 'utf8')));
  if (lookup.buildId !== buildId)
    throw new Error(`${PAGE_HEADERS_FILE} is from build ${lookup.buildId}, .next from ${buildId}`);
  return lookup;
}

async function startHandler() {
  const lookup = readBuild();
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  return { lookup, app, handle: app.getRequestHandler() };
}

let current;
try {
  current = await startHandler();
} catch (error) {
  console.error(`✗ cannot serve .next: ${error.message}. Run \`npm run build\` first.`);
  process.exit(1);
}

let swapping = false;
setInterval(async () => {
  if (swapping) return;
  let buildId;
  try {
    buildId = readFileSync(join(BUILD_DIR, 'BUILD_ID'), 'utf8').trim();
    if (buildId === current.lookup.buildId) return;
    // A build in progress: its map is missing or still the old one; keep serving until both agree.
    const mapBuildId = JSON.parse(readFileSync(join(BUILD_DIR, PAGE_HEADERS_FILE), 'utf8')).buildId;
    if (mapBuildId !== buildId) return;
  } catch {
    return;
  }
  swapping = true;
  try {
    const previous = current;
    current = await startHandler();
    // Requests already inside the old handler finish first.
    setTimeout(() => previous.app.close?.(), 30_000).unref();
    console.log(
      `▲ now serving build ${current.lookup.buildId} (${current.lookup.pageCount} pages)`,
    );
  } catch (error) {
    console.error(
      `✗ rebuild not loaded, still serving ${current.lookup.buildId}: ${error.message}`,
    );
  } finally {
    swapping = false;
  }
}, REBUILD_POLL_MS).unref();

createServer((request, response) => {
  const { lookup, handle } = current;
  const pathname = (request.url ?? '/').split('?', 1)[0];
  for (const [name, value] of lookup.headersFor(pathname)) response.setHeader(name, value);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
}).listen(port, hostname, () => {
  console.log(
    `▲ serving build ${current.lookup.buildId} (${current.lookup.pageCount} pages) on http://localhost:${port}`,
  );
});
