import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_IMAGE, type PreviewCard } from '../preview-cards';
import { PreviewCardLayout } from './card';
import type { CardFont } from './fonts';

export interface RenderedCard {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, row by row: what the PNG shows, for tests that look at it (copied out on first use only). */
  readonly pixels: Buffer;
}

/**
 * Renders a card to PNG. A character the fonts lack would be drawn as an empty box: satori reports
 * it through loadAdditionalAsset, and the render fails instead of publishing a broken card.
 */
export async function renderCard(card: PreviewCard, fonts: CardFont[]): Promise<RenderedCard> {
  const missing = new Set<string>();
  const svg = await satori(<PreviewCardLayout card={card} />, {
    width: PREVIEW_IMAGE.width,
    height: PREVIEW_IMAGE.height,
    fonts,
    loadAdditionalAsset: async (_language, segment) => {
      for (const char of segment.trim()) missing.add(char);
      return [];
    },
  });
  if (missing.size > 0)
    throw new Error(`${card.path}: the card font lacks ${[...missing].join(' ')}`);
  // satori has already turned every letter into a path, so resvg needs no font: without this it would
  // scan the system's fonts for every card (with CJK fonts installed, about 0.1 s, more than drawing it).
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_IMAGE.width },
    font: { loadSystemFonts: false },
  }).render();
  let pixels: Buffer | undefined;
  return {
    png: rendered.asPng(),
    width: rendered.width,
    height: rendered.height,
    get pixels() {
      return (pixels ??= rendered.pixels);
    },
  };
}
