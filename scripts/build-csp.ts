/**
 * The last step of `npm run build`, after `next build`:
 * - for `next start`: hashes every prerendered page's inline scripts and gives each page a
 *   Content-Security-Policy header with exactly those, as header rules in .next/routes-manifest.json
 *   (where `next start` reads them; also kept readable in .next/csp-page-hashes.json);
 * - for a static export (NEXT_OUTPUT=export): writes each page's hashes into the page itself as a
 *   <meta> policy, since a static host sends one header for every file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from '../lib/security/inline-scripts';
import { collectPageHashes, htmlFilesUnder, PAGE_HASHES_FILE } from '../lib/security/page-hashes';
import { withPagePolicies, type RoutesManifest } from '../lib/security/routes-manifest';
import { embedPolicyFor, frameOriginsInHtml } from '../lib/security/embed-policy';
import { withMetaPolicy } from '../lib/security/static-host';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

if (process.env.NEXT_OUTPUT === 'export') {
  const outDir = 'out';
  const pages = htmlFilesUnder(outDir);
  if (!pages.includes('404.html')) fail(`${outDir}/404.html is missing: was this an export build?`);
  for (const file of pages) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const { frameSrc } = embedPolicyFor({ frameOrigins: frameOriginsInHtml(html) });
    writeFileSync(path, withMetaPolicy(html, inlineScriptHashes(html), frameSrc));
  }
  console.log(`✓ script policy written into ${pages.length} pages under ${outDir}/`);
} else {
  const buildDir = '.next';
  const manifest = collectPageHashes(join(buildDir, 'server', 'app'));
  const pages = Object.keys(manifest.pages).length;
  if (pages === 0 || manifest.notFound.length === 0) {
    fail(
      `found ${pages} prerendered pages and ${manifest.notFound.length} not-found scripts under ${buildDir}/server/app`,
    );
  }
  writeFileSync(join(buildDir, PAGE_HASHES_FILE), JSON.stringify(manifest));
  const routesFile = join(buildDir, 'routes-manifest.json');
  const routes = JSON.parse(readFileSync(routesFile, 'utf8')) as RoutesManifest;
  writeFileSync(routesFile, JSON.stringify(withPagePolicies(routes, manifest)));
  const players = Object.keys(manifest.frames).length;
  console.log(`✓ script policies for ${pages} pages (${players} with a player) written to ${routesFile}`);
}
