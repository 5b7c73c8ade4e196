/**
 * The last step of `npm run build`, after `next build`:
 * - for `npm start` (server.mjs): hashes every prerendered page's inline scripts and writes each page's
 *   whole header set, its script policy among them, to our own file .next/page-headers.json; Next's own
 *   files are only read, after checking their format;
 * - for a static export (NEXT_OUTPUT=export): writes each page's hashes into the page itself as a
 *   <meta> policy, since a static host sends one header for every file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuildFormat } from '../lib/security/build-format';
import { inlineScriptHashes } from '../lib/security/inline-scripts';
import { embedPolicyFor, frameOriginsInHtml } from '../lib/security/embed-policy';
import { collectPageHashes, htmlFilesUnder } from '../lib/security/page-hashes';
import { PAGE_HEADERS_FILE, pageHeadersFile } from '../lib/security/page-headers';
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
  let staticRoutes: string[] = [];
  try {
    ({ staticRoutes } = assertBuildFormat(buildDir));
  } catch (error) {
    fail((error as Error).message);
  }
  const hashes = collectPageHashes(join(buildDir, 'server', 'app'));
  const pages = Object.keys(hashes.pages).length;
  if (pages === 0 || hashes.notFound.length === 0) {
    fail(
      `found ${pages} prerendered pages and ${hashes.notFound.length} not-found scripts under ${buildDir}/server/app`,
    );
  }
  const buildId = readFileSync(join(buildDir, 'BUILD_ID'), 'utf8').trim();
  const file = join(buildDir, PAGE_HEADERS_FILE);
  writeFileSync(file, JSON.stringify(pageHeadersFile(buildId, hashes, staticRoutes)));
  const players = Object.keys(hashes.frames).length;
  console.log(`✓ headers of ${pages} pages (${players} with a player) written to ${file} for build ${buildId}`);
}
