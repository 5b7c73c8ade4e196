import type { NextConfig } from 'next';
import { withContentlayer } from 'next-contentlayer2';
import { contentSecurityPolicy } from './lib/security/csp';
import { securityHeaders } from './lib/security/headers';

// `npm run build:static` sets NEXT_OUTPUT=export: the same pages written as plain files to out/.
// `next start` refuses that mode, so it is chosen per build (scripts/build-static.ts keeps the
// server build in .next intact around it).
const staticExport = process.env.NEXT_OUTPUT === 'export';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Each edition has its own root layout (its own <html lang>); an address matching no route gets
  // app/global-not-found.tsx, which brings its own document.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  // `npm run build` compiles content first (contentlayer2 build), then Turbopack builds the app;
  // the empty turbopack key lets it ignore the webpack hook that withContentlayer adds for `next dev --webpack`.
  turbopack: {},
  // `npm run dev` only: contentlayer writes several files per saved Markdown file; waiting 100 ms
  // lets webpack rebuild once for all of them instead of once per file, so the page updates sooner.
  webpack: (config: { watchOptions?: Record<string, unknown> }, { dev }: { dev: boolean }) => {
    if (dev) config.watchOptions = { ...config.watchOptions, aggregateTimeout: 100 };
    return config;
  },
  ...(staticExport
    ? { output: 'export' as const }
    : {
        // Every response; after the build, scripts/build-csp.ts gives each page a policy holding its
        // script hashes (and this rule the not-found page's).
        // The dev server runs inline and eval'd scripts of its own, so it gets no policy.
        async headers() {
          const policy =
            process.env.NODE_ENV === 'development'
              ? {}
              : { 'Content-Security-Policy': contentSecurityPolicy({ kind: 'none' }) };
          const values = { ...securityHeaders, ...policy };
          return [
            {
              source: '/:path*',
              headers: Object.entries(values).map(([key, value]) => ({ key, value })),
            },
          ];
        },
      }),
};

export default withContentlayer(nextConfig);
