import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build output we read after `next build`: .next/prerender-manifest.json (to know which routes were
 * prerendered) and the pages' HTML under .next/server/app. Neither is a documented interface, so this
 * names the format version it was written against; a Next upgrade that changes it fails the build here
 * instead of sending pages with wrong policies.
 */
export const PRERENDER_MANIFEST_VERSION = 4;

interface PrerenderManifest {
  version: number;
  routes: Record<
    string,
    { dataRoute?: string | null; initialRevalidateSeconds?: number | false; initialStatus?: number }
  >;
}

/**
 * Throws, with what to do, unless the build folder has the layout and manifest version we know.
 * Returns the prerendered routes, pages and route handlers (robots.txt, feeds), that never change within
 * the build (no revalidation, status 200): the answers `npm start` may replay from memory
 * (lib/server/document-cache.mjs). Next's own routes (`/_not-found`, `/_global-error`) are left out.
 */
export function assertBuildFormat(buildDir: string): { staticRoutes: string[] } {
  const file = join(buildDir, 'prerender-manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`next build\` first`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<PrerenderManifest>;
  if (manifest.version !== PRERENDER_MANIFEST_VERSION || typeof manifest.routes !== 'object') {
    throw new Error(
      `${file} has format version ${String(manifest.version)}, this step reads version ${PRERENDER_MANIFEST_VERSION}: ` +
        'Next changed its build output; check lib/security/build-format.ts and page-hashes.ts against it',
    );
  }
  const pages = Object.entries(manifest.routes).filter(([, route]) => route.dataRoute);
  const html = (route: string) =>
    join(buildDir, 'server', 'app', `${route === '/' ? 'index' : decodeURI(route.slice(1))}.html`);
  const missing = pages.map(([route]) => route).filter((route) => !existsSync(html(route)));
  if (pages.length === 0 || missing.length > 0) {
    throw new Error(
      `${buildDir}/server/app lacks the HTML of ${missing.length || 'all'} prerendered pages` +
        `${missing.length ? ` (${missing.slice(0, 3).join(', ')}…)` : ''}: Next changed where it writes pages`,
    );
  }
  const staticRoutes = Object.entries(manifest.routes)
    .filter(([path]) => !path.startsWith('/_'))
    .filter(([, route]) => route.initialRevalidateSeconds === false && (route.initialStatus ?? 200) === 200)
    .map(([path]) => path);
  return { staticRoutes };
}
