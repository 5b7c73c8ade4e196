import type { NextConfig } from 'next';
import { withContentlayer } from 'next-contentlayer2';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run build` compiles content first (contentlayer2 build), then Turbopack builds the app;
  // the empty turbopack key lets it ignore the webpack hook that withContentlayer adds for `next dev --webpack`.
  turbopack: {},
};

export default withContentlayer(nextConfig);
