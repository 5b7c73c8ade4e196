import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { securityHeaders } from './lib/security/headers';

// `npm run build:static` sets NEXT_OUTPUT=export: the same pages written as plain files to out/.
// `next start` refuses that mode, so it is chosen per build (scripts/build-static.ts keeps the
// server build in .next intact around it).
const staticExport = process.env.NEXT_OUTPUT === 'export';
// `npm run admin` sets KEYSTATIC_ADMIN=1 (development only). The admin's route files end in `.admin.tsx` /
// `.admin.ts`, which Next treats as routes only here: every other build has no /keystatic and no admin code.
// Its own build folder keeps the admin's generated route types away from a `next build` in the same checkout.
const admin = process.env.KEYSTATIC_ADMIN === '1' && process.env.NODE_ENV !== 'production';

// Content is compiled by contentlayer2 itself (`contentlayer2 build` before `next build`, `contentlayer2 dev`
// beside `next dev`): its Next plugin hooks webpack only, and both commands run Turbopack.
const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  // Each edition has its own root layout (its own <html lang>); an address matching no route gets
  // app/global-not-found.tsx, which brings its own document.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  // Files named `*.dev.ts` are routes of the dev server only (the preview banner's status stream);
  // `*.admin.ts(x)` are the web admin's, in `npm run admin` only.
  pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? [...(admin ? ['admin.tsx', 'admin.ts'] : []), 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
  ...(admin
    ? {
        distDir: '.next-admin',
        // The admin runs on webpack (scripts/dev.ts): Next's watcher skips `.next` only, so without this
        // each build of the admin's own folder would trigger the next one.
        webpack: (config: { watchOptions?: Record<string, unknown> }) => {
          config.watchOptions = { ...config.watchOptions, ignored: ['**/.git/**', '**/node_modules/**', '**/.next/**', '**/.next-admin/**'] };
          return config;
        },
      }
    : {}),
  ...(staticExport
    ? { output: 'export' as const }
    : process.env.NODE_ENV === 'development'
      ? {
          // `npm run dev`: the site's headers without a script policy (the dev server runs inline and
          // eval'd scripts of its own). In production server.mjs sends each page its own headers.
          async headers() {
            return [
              {
                source: '/:path*',
                headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
              },
            ];
          },
        }
      : {}),
});

export default nextConfig;
