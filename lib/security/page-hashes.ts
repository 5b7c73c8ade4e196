import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { frameOriginsInHtml } from './embed-policy';
import { inlineScriptHashes } from './inline-scripts';
import type { ScriptHashes } from './csp';
import { normalisePath } from './header-map.mjs';

/** Per page, the hashes of its inline scripts, collected after the build. */
export interface PageHashes {
  pages: Record<string, ScriptHashes>;
  /** The not-found page, sent for every path that is not a page. */
  notFound: ScriptHashes;
  /** The player origins of the pages that have a recording's player (lib/security/embed-policy.ts). */
  frames: Record<string, string[]>;
}

/** Every .html file under a folder, as paths relative to it with forward slashes. */
export function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const NOT_FOUND_FILES = new Set(['_not-found.html', '404.html']);

/**
 * The URL path a built HTML file answers (`events/x.html` → `/events/x`, `index.html` → `/`,
 * `a/index.html` → `/a`), 'not-found' for the 404 page, or undefined for files that are not pages.
 */
export function pathOfHtmlFile(file: string): string | 'not-found' | undefined {
  if (NOT_FOUND_FILES.has(file)) return 'not-found';
  if (file.startsWith('_')) return undefined;
  const path = file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `/${path}`;
}

/** Reads every built page and hashes its inline scripts. */
export function collectPageHashes(dir: string): PageHashes {
  const result: PageHashes = { pages: {}, notFound: [], frames: {} };
  for (const file of htmlFilesUnder(dir)) {
    const path = pathOfHtmlFile(file);
    if (path === undefined) continue;
    const html = readFileSync(join(dir, file), 'utf8');
    const hashes = inlineScriptHashes(html);
    if (path === 'not-found') {
      result.notFound = hashes;
      continue;
    }
    result.pages[normalisePath(path)] = hashes;
    const frames = frameOriginsInHtml(html);
    if (frames.length > 0) result.frames[normalisePath(path)] = frames;
  }
  return result;
}
