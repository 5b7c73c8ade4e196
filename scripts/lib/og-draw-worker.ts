/**
 * One drawing thread of scripts/og-images.ts: draws the cards it is sent with the fonts it was started
 * with (parsed once, on its first card: satori keeps parsed fonts per fonts array) and sends back each PNG.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PreviewCard } from '../../lib/seo/preview-cards';
import type { CardFont } from '../../lib/seo/og/fonts';
import { renderCard } from '../../lib/seo/og/render';

export interface DrawRequest {
  index: number;
  card: PreviewCard;
}
export type DrawResult = { index: number; png: Uint8Array } | { index: number; error: string };

const fonts = (workerData as { fonts: CardFont[] }).fonts.map((font) => ({
  ...font,
  // Buffers arrive as plain Uint8Arrays.
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

parentPort?.on('message', async ({ index, card }: DrawRequest) => {
  try {
    const { png } = await renderCard(card, fonts);
    parentPort?.postMessage({ index, png } satisfies DrawResult);
  } catch (error) {
    parentPort?.postMessage({
      index,
      error: error instanceof Error ? error.message : String(error),
    } satisfies DrawResult);
  }
});
