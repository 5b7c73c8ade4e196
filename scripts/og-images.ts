/**
 * Writes the preview image of every published page to public/og/ (build step, before `next build`,
 * so a static export ships them as plain files). Run with NODE_ENV=production to leave drafts out.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { cardText } from '@/lib/seo/og/card';
import { loadCardFonts } from '@/lib/seo/og/fonts';
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
// Each card is drawn from the page model its page renders, so the two cannot disagree.
// Both editions; the English cards live under /og/en/, beside their pages' paths.
const cards = LOCALES.flatMap((locale) => {
  const { getEventPage, getEvents, getHomePage, getSessions, getSpeakerPage, getSpeakers } = contentFor(locale);
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

const fonts = await loadCardFonts(cards.map(cardText).join(''));
await rm(join(OUT, 'og'), { recursive: true, force: true });
let largest = 0;
for (const card of cards) {
  const { png } = await renderCard(card, fonts);
  if (png.length > MAX_BYTES)
    throw new Error(`${card.path}: ${png.length} bytes, over the ${MAX_BYTES} byte limit`);
  largest = Math.max(largest, png.length);
  const file = join(OUT, card.path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, png);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `og: ${cards.length} preview images in public/og, largest ${Math.round(largest / 1024)} KB, ${seconds} s`,
);
