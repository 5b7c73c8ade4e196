/**
 * npm run build:static — the whole site as plain files in out/, for any static file server.
 * Runs `npm run build` in export mode (so every build step, and every statically generated route,
 * is part of it), then checks that out/ holds every prerendered route and every public/ file.
 * An export build also writes .next; the server build there is set aside and put back after.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = '.next';
const KEPT = '.next-server-build';
const OUT = 'out';

function fail(message: string): never {
  console.error(`✗ build:static: ${message}`);
  process.exit(1);
}

/** Where a static host finds a route: the page file, or the file itself for /sitemap.xml and the like. */
function outFileOf(route: string): string | undefined {
  if (route === '/_not-found') return existsSync(join(OUT, '404.html')) ? '404.html' : undefined;
  const base = route === '/' ? 'index' : decodeURIComponent(route.slice(1));
  return [`${base}.html`, join(base, 'index.html'), base].find((file) =>
    existsSync(join(OUT, file)),
  );
}

function missingFromOut(): string[] {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  // /_global-error is the framework's crash page for a server; a static host has none.
  const routes = Object.keys(manifest.routes).filter((route) => route !== '/_global-error');
  if (routes.length === 0) fail('the export build prerendered no routes');
  const missing = routes.filter((route) => outFileOf(route) === undefined);
  const publicFiles = existsSync('public')
    ? readdirSync('public', { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice('public/'.length))
    : [];
  missing.push(
    ...publicFiles.filter((file) => !existsSync(join(OUT, file))).map((file) => `public/${file}`),
  );
  console.log(
    `  ${routes.length} prerendered routes and ${publicFiles.length} public files checked in ${OUT}/`,
  );
  return missing;
}

if (existsSync(KEPT))
  fail(`${KEPT} exists from an interrupted run: move it back to ${BUILD} or delete it`);
const hadServerBuild =
  existsSync(join(BUILD, 'BUILD_ID')) && !existsSync(join(BUILD, 'export-detail.json'));
if (hadServerBuild) renameSync(BUILD, KEPT);
let missing: string[] = [];
try {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_OUTPUT: 'export' },
  });
  if (build.status !== 0) fail(`the export build failed (exit ${build.status})`);
  missing = missingFromOut();
} finally {
  if (hadServerBuild) {
    rmSync(BUILD, { recursive: true, force: true });
    renameSync(KEPT, BUILD);
  }
}
if (missing.length > 0) fail(`missing from ${OUT}/: ${missing.join(', ')}`);
console.log(`✓ ${OUT}/ holds the whole site; serve it with deploy/nginx.conf or deploy/_headers`);
