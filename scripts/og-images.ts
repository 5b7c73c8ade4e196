/**
 * Writes the preview image of every published page to public/og/ (build step, before `next build`,
 * so a static export ships them as plain files). Run with NODE_ENV=production to leave drafts out.
 * A card is rendered only when it or its renderer changed since the last build: rendered cards are
 * kept in .cache/og-images (git-ignored) by content hash, and a file in public/og is written only
 * when it differs. Missing cards are drawn by one thread per core (scripts/lib/og-pool.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { pagesFor } from '@/lib/pages';
import { cardKey, openCardCache, rendererFingerprint } from '@/lib/seo/og/cache';
import { cardText } from '@/lib/seo/og/card';
import { loadCardFonts } from '@/lib/seo/og/fonts';
import {
  eventCard,
  homeCard,
  sessionCard,
  siteCard,
  speakerCard,
  speakersIndexCard,
} from '@/lib/seo/preview-cards';
import { drawCards } from './lib/og-pool';

/** Link previews fetch the image on every share; most platforms want it well under this. */
const MAX_BYTES = 300 * 1024;
const OUT = join(process.cwd(), 'public');

const started = performance.now();
// Each card is drawn from the page model its page renders, so the two cannot disagree.
// Both editions; the English cards live under /og/en/, beside their pages' paths.
const cards = LOCALES.flatMap((locale) => {
  const { getEvents, getSessions, getSpeakers } = contentFor(locale);
  const { getEventPage, getHomePage, getSpeakerPage } = pagesFor(locale);
  return [
    siteCard(locale),
    homeCard(getHomePage().event, locale),
    speakersIndexCard(getSpeakers(), locale),
    ...getEvents()
      .flatMap((event) => getEventPage(event.slug) ?? [])
      .map((page) => eventCard(page.event)),
    ...getSessions().map(sessionCard),
    ...getSpeakers()
      .flatMap((speaker) => getSpeakerPage(speaker.slug) ?? [])
      .map((page) => speakerCard(page.speaker)),
  ];
});

const cache = openCardCache();
const fingerprint = rendererFingerprint();
const keys = new Map(cards.map((card) => [card, cardKey(card, fingerprint)]));
const missing = cards.filter((card) => !cache.has(keys.get(card) as string));
let threads = 0;
if (missing.length > 0) {
  // One font subset for the whole run (it costs seconds), holding every glyph of every card.
  const fonts = await loadCardFonts(cards.map(cardText).join(''));
  threads = await drawCards(missing, fonts, (card, png) => cache.put(keys.get(card) as string, png));
}

let largest = 0;
for (const card of cards) {
  const png = cache.get(keys.get(card) as string);
  if (!png) throw new Error(`${card.path}: the card was not drawn`);
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
  `og: ${cards.length} preview images in ${relative(process.cwd(), ogDir)} (${missing.length} rendered${threads > 1 ? ` by ${threads} threads` : ''}, ${cards.length - missing.length} unchanged), largest ${Math.round(largest / 1024)} KB, ${seconds} s`,
);
