/**
 * Writes the preview image of every published page to public/og/ (build step, before `next build`,
 * so a static export ships them as plain files). Run with NODE_ENV=production to leave drafts out.
 * A card is rendered only when it or its renderer changed since the last build: rendered cards are
 * kept in .cache/og-images (git-ignored) by content hash, and a file in public/og is written only
 * when it differs.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { pagesFor } from '@/lib/pages';
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
  type PreviewCard,
} from '@/lib/seo/preview-cards';

/** Link previews fetch the image on every share; most platforms want it well under this. */
const MAX_BYTES = 300 * 1024;
/** Below this many missing cards per process, starting processes costs more than it saves. */
const WORKER_MIN_CARDS = 16;
/**
 * satori and resvg keep memory per card drawn (two processes of 520 cards each peaked at 7 GB):
 * a process draws at most this many, then ends.
 */
const CARDS_PER_PROCESS = 80;
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
const missing = cards.filter((card) => !cache.has(cardKey(card, fingerprint)));
// Subsetting the fonts costs seconds: only when some card has to be drawn.
let fonts: Promise<CardFont[]> | undefined;
const draw = async (card: PreviewCard) => {
  fonts ??= loadCardFonts(cards.map(cardText).join(''));
  const { png } = await renderCard(card, await fonts);
  cache.put(cardKey(card, fingerprint), png);
};

const chunk = /^--cards=(\d+)-(\d+)$/.exec(process.argv[2] ?? '');
if (chunk) {
  // One of several processes drawing the missing cards of one slice of the list into the cache.
  for (const card of cards.slice(Number(chunk[1]), Number(chunk[2])))
    if (!cache.has(cardKey(card, fingerprint))) await draw(card);
  process.exit(0);
}
// Drawing is CPU-bound and single-threaded, and its memory grows with every card a process draws:
// many missing cards are drawn by one process per core, each process drawing at most CARDS_PER_PROCESS.
const processes = Math.min(availableParallelism(), Math.floor(missing.length / WORKER_MIN_CARDS));
if (processes > 1) {
  const script = fileURLToPath(import.meta.url);
  const slices: string[] = [];
  for (let from = 0; from < cards.length; from += CARDS_PER_PROCESS)
    if (cards.slice(from, from + CARDS_PER_PROCESS).some((card) => missing.includes(card)))
      slices.push(`--cards=${from}-${from + CARDS_PER_PROCESS}`);
  const drawSlices = async () => {
    for (let slice = slices.shift(); slice; slice = slices.shift()) {
      const code = await new Promise<number | null>((done) =>
        spawn(process.execPath, [...process.execArgv, script, slice], { stdio: 'inherit' }).on(
          'exit',
          done,
        ),
      );
      if (code !== 0) throw new Error(`og: the process drawing ${slice} failed (exit ${code})`);
    }
  };
  await Promise.all(Array.from({ length: processes }, drawSlices));
}

let largest = 0;
for (const card of cards) {
  if (!cache.has(cardKey(card, fingerprint))) await draw(card);
  const png = cache.get(cardKey(card, fingerprint)) as Buffer;
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
  `og: ${cards.length} preview images in ${relative(process.cwd(), ogDir)} (${missing.length} rendered${processes > 1 ? ` by ${processes} processes` : ''}, ${cards.length - missing.length} unchanged), largest ${Math.round(largest / 1024)} KB, ${seconds} s`,
);
