/**
 * Writes the preview image of every published page to public/og/ (build step, before `next build`,
 * so a static export ships them as plain files). Run with NODE_ENV=production to leave drafts out.
 * A card is rendered only when it or its renderer changed since the last build: rendered cards are
 * kept in .cache/og-images (git-ignored) by content hash, and a file in public/og is written only
 * when it differs.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  getEvent,
  getEvents,
  getLatestEvent,
  getSessions,
  getSpeaker,
  getSpeakers,
} from '@/lib/content';
import { cardKey, openCardCache, rendererFingerprint } from '@/lib/seo/og/cache';
import { cardText } from '@/lib/seo/og/card';
import { loadCardFonts, type CardFont } from '@/lib/seo/og/fonts';
import { renderCard } from '@/lib/seo/og/render';
import {
  eventCard,
  homeCard,
  sessionCard,
  siteCard,
  speakerCard,
  speakersIndexCard,
} from '@/lib/seo/preview-cards';

/** Link previews fetch the image on every share; most platforms want it well under this. */
const MAX_BYTES = 300 * 1024;
const OUT = join(process.cwd(), 'public');

const started = performance.now();
const cards = [
  siteCard(),
  homeCard(getLatestEvent()),
  speakersIndexCard(getSpeakers()),
  ...getEvents()
    .flatMap((event) => getEvent(event.slug) ?? [])
    .map(eventCard),
  ...getSessions().map(sessionCard),
  ...getSpeakers()
    .flatMap((speaker) => getSpeaker(speaker.slug) ?? [])
    .map(speakerCard),
];

const cache = openCardCache();
const fingerprint = rendererFingerprint();
// Subsetting the fonts costs seconds: only when some card has to be drawn.
let fonts: Promise<CardFont[]> | undefined;
let rendered = 0;
let largest = 0;
for (const card of cards) {
  const key = cardKey(card, fingerprint);
  let png = cache.get(key);
  if (!png) {
    fonts ??= loadCardFonts(cards.map(cardText).join(''));
    png = (await renderCard(card, await fonts)).png;
    cache.put(key, png);
    rendered += 1;
  }
  if (png.length > MAX_BYTES)
    throw new Error(`${card.path}: ${png.length} bytes, over the ${MAX_BYTES} byte limit`);
  largest = Math.max(largest, png.length);
  const file = join(OUT, card.path);
  if (existsSync(file) && readFileSync(file).equals(png)) continue;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, png);
}
// Cards of pages that no longer exist (a deleted or drafted session) leave with them.
const current = new Set(cards.map((card) => join(OUT, card.path)));
const ogDir = join(OUT, 'og');
for (const entry of existsSync(ogDir)
  ? readdirSync(ogDir, { recursive: true, withFileTypes: true })
  : []) {
  const file = join(entry.parentPath, entry.name);
  if (entry.isFile() && !current.has(file)) rmSync(file);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `og: ${cards.length} preview images in ${relative(process.cwd(), ogDir)} (${rendered} rendered, ${cards.length - rendered} unchanged), largest ${Math.round(largest / 1024)} KB, ${seconds} s`,
);
