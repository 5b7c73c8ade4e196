import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/security/csp';
import { hashesForPath, PAGE_HASHES_FILE, type PageHashes } from './lib/security/page-hashes';

// Pages are static, so their inline scripts are known only after the build: scripts/build-csp.ts
// writes their hashes next to the build, and each response gets the policy of the page it serves.
let pageHashes: PageHashes | undefined;

function loadPageHashes(): PageHashes {
  if (pageHashes) return pageHashes;
  try {
    pageHashes = JSON.parse(
      readFileSync(join(process.cwd(), '.next', PAGE_HASHES_FILE), 'utf8'),
    ) as PageHashes;
  } catch {
    // Fail closed: without hashes no inline script runs, the pages still read as plain HTML.
    console.error(
      `.next/${PAGE_HASHES_FILE} is missing: run \`npm run build\` (it writes the script hashes).`,
    );
    pageHashes = { pages: {}, notFound: [] };
  }
  return pageHashes;
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  // The dev server injects its own scripts (and needs eval for fast refresh): no page policy there.
  if (process.env.NODE_ENV === 'development') return response;
  const hashes = hashesForPath(loadPageHashes(), request.nextUrl.pathname);
  response.headers.set(
    'Content-Security-Policy',
    contentSecurityPolicy({ kind: 'hashes', hashes }),
  );
  return response;
}

export const config = {
  // Framework assets are not pages: next.config.ts gives them the script-less policy.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
