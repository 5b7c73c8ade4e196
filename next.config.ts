import type { NextConfig } from 'next';
import { withContentlayer } from 'next-contentlayer2';

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
};

export default withContentlayer(nextConfig);
