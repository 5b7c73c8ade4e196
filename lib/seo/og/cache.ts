import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PreviewCard } from '../preview-cards';

/**
 * Where rendered cards are kept between builds, by the hash of everything that shapes them: beside
 * .next rather than in .next/cache, because `npm run build:static` sets .next aside while it builds.
 */
export const CARD_CACHE_DIR = join('.cache', 'og-images');

/** The code and packages a card's pixels depend on, besides the card itself. */
const RENDERER_SOURCES = [
  'lib/seo/og/card.tsx',
  'lib/seo/og/render.tsx',
  'lib/seo/og/fonts.ts',
  'lib/avatar-placeholder.ts',
];
const RENDERER_PACKAGES = [
  'satori',
  '@resvg/resvg-js',
  'subset-font',
  '@expo-google-fonts/noto-sans-sc',
];

const require = createRequire(import.meta.url);

/** Changes whenever the layout, the renderer or the fonts change, so no stale card survives them. */
export function rendererFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const source of RENDERER_SOURCES) hash.update(readFileSync(join(root, source)));
  for (const name of RENDERER_PACKAGES) {
    const manifest = require.resolve(`${name}/package.json`, { paths: [root] });
    hash.update(
      `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`,
    );
  }
  return hash.digest('hex');
}

/** The cache key of one card: its content and the renderer's fingerprint. */
export const cardKey = (card: PreviewCard, fingerprint: string): string =>
  createHash('sha256').update(fingerprint).update(JSON.stringify(card)).digest('hex');

export interface CardCache {
  has: (key: string) => boolean;
  get: (key: string) => Buffer | undefined;
  put: (key: string, png: Buffer) => void;
}

export function openCardCache(dir = CARD_CACHE_DIR): CardCache {
  mkdirSync(dir, { recursive: true });
  const file = (key: string) => join(dir, `${key}.png`);
  return {
    has: (key) => existsSync(file(key)),
    get: (key) => (existsSync(file(key)) ? readFileSync(file(key)) : undefined),
    put: (key, png) => writeFileSync(file(key), png),
  };
}
