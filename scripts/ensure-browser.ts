/**
 * npm run setup:browser (the first step of `npm run check` and of `npm run test:e2e`)
 * Makes sure the browser tests have a Chromium, installing one on a fresh machine in the order of
 * scripts/lib/find-browser.ts, and Noto CJK fonts when it can. Exits 1 with the one command to run
 * when no browser could be found or installed.
 */
import { spawnSync } from 'node:child_process';
import { ensureBrowser, ensureCjkFonts } from './lib/find-browser';
import { systemBrowserProbes } from './lib/system-browser';

const probes = systemBrowserProbes();
const result = ensureBrowser(probes);
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
const { source, path } = result.browser;
console.log(`Chromium for the browser tests: ${path ?? 'Playwright’s own'} (${source})`);

/** true/false from Debian's package database; undefined where there is none. */
const debianPackageInstalled = (name: string) => {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  if (query.error) return undefined;
  return query.status === 0 && query.stdout.includes('install ok installed');
};
ensureCjkFonts(probes, debianPackageInstalled);
