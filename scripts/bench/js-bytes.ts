import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CHUNK = /\/_next\/static\/[\w/.-]+?\.js/g;

/**
 * The JavaScript a built page loads, gzip-compressed as `next start` sends it: the script tags of its
 * HTML and every chunk its inline payload names (client components load those).
 */
export function pageJavaScript(
  buildDir: string,
  htmlFile: string,
): { files: number; gzipBytes: number } {
  const html = readFileSync(join(buildDir, 'server', 'app', htmlFile), 'utf8');
  // The legacy polyfill is marked noModule: current browsers never fetch it.
  const legacy = new Set(
    [...html.matchAll(/<script src="([^"]+)" noModule/gi)].map((match) => match[1]),
  );
  const chunks = new Set((html.match(CHUNK) ?? []).filter((chunk) => !legacy.has(chunk)));
  let gzipBytes = 0;
  for (const chunk of chunks) {
    const file = join(buildDir, 'static', chunk.slice('/_next/static/'.length));
    if (existsSync(file)) gzipBytes += gzipSync(readFileSync(file)).length;
  }
  return { files: chunks.size, gzipBytes };
}
