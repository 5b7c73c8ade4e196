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
  type PreviewCard,
} from '@/lib/seo/preview-cards';

/** Link previews fetch the image on every share; most platforms want it well under this. */
const MAX_BYTES = 300 * 1024;
/** Below this many missing cards per process, starting processes costs more than it saves. */
const WORKER_MIN_CARDS = 16;
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
const missing = cards.filter((card) => !cache.has(cardKey(card, fingerprint)));
// Subsetting the fonts costs seconds: only when some card has to be drawn.
let fonts: Promise<CardFont[]> | undefined;
const draw = async (card: PreviewCard) => {
  fonts ??= loadCardFonts(cards.map(cardText).join(''));
  const { png } = await renderCard(card, await fonts);
  cache.put(cardKey(card, fingerprint), png);
};

const worker = /^--worker=(\d+)\/(\d+)$/.exec(process.argv[2] ?? '');
if (worker) {
  // One of several processes drawing the missing cards into the cache, each every n-th card.
  const [at, of] = [Number(worker[1]), Number(worker[2])];
  for (const card of missing.filter((_, index) => index % of === at)) await draw(card);
  process.exit(0);
}
// Drawing is CPU-bound and single-threaded: many missing cards are drawn by one process per core.
const processes = Math.min(availableParallelism(), Math.floor(missing.length / WORKER_MIN_CARDS));
if (processes > 1) {
  const script = fileURLToPath(import.meta.url);
  const results = await Promise.all(
    Array.from(
      { length: processes },
      (_, at) =>
        new Promise<number | null>((done) =>
          spawn(process.execPath, [...process.execArgv, script, `--worker=${at}/${processes}`], {
            stdio: 'inherit',
          }).on('exit', done),
        ),
    ),
  );
  if (results.some((code) => code !== 0)) throw new Error('og: a drawing process failed');
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
