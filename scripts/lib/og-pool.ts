import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardFont } from '../../lib/seo/og/fonts';
import { renderCard } from '../../lib/seo/og/render';
import type { PreviewCard } from '../../lib/seo/preview-cards';
import type { DrawRequest, DrawResult } from './og-draw-worker';

/** Below this many cards per thread, starting threads costs more than it saves. */
const THREAD_MIN_CARDS = 8;
/**
 * resvg keeps native memory per image it renders (about 3 MB, a 1200 × 630 pixmap, freed only with its
 * thread), so a thread draws at most this many cards, then ends and a fresh one takes over.
 */
export const CARDS_PER_THREAD = 150;

// The build runs its scripts as TypeScript through tsx, whose loader a worker thread does not inherit:
// each thread registers it, then loads the drawing module.
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
const workerModule = new URL('./og-draw-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerModule)}); })`;

/**
 * Draws `cards` with one thread per core (each card on whichever thread is free), handing each PNG to
 * `drawn` as it is finished. The fonts are subset once by the caller and shared with every thread.
 */
export async function drawCards(
  cards: PreviewCard[],
  fonts: CardFont[],
  drawn: (card: PreviewCard, png: Buffer) => void,
): Promise<number> {
  const threads = Math.min(availableParallelism(), Math.floor(cards.length / THREAD_MIN_CARDS));
  if (threads <= 1) {
    for (const card of cards) drawn(card, (await renderCard(card, fonts)).png);
    return 1;
  }
  let next = 0;
  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true, workerData: { fonts } });
      let drawnHere = 0;
      const send = () => {
        if (next < cards.length && drawnHere < CARDS_PER_THREAD) {
          const index = next++;
          worker.postMessage({ index, card: cards[index] as PreviewCard } satisfies DrawRequest);
        } else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (result: DrawResult) => {
        const card = cards[result.index] as PreviewCard;
        if ('error' in result) {
          void worker.terminate();
          reject(new Error(result.error));
          return;
        }
        drawn(card, Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
        drawnHere++;
        send();
      });
      worker.on('error', reject);
      send();
    });
  const lane = async () => {
    while (next < cards.length) await runThread();
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return threads;
}
