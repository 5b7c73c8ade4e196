import { beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '@/lib/seo/og/card';
import { loadCardFonts, type CardFont } from '@/lib/seo/og/fonts';
import { renderCard, type RenderedCard } from '@/lib/seo/og/render';
import { sessionCard, type PreviewCard } from '@/lib/seo/preview-cards';
import { store } from '../../../../fixtures/content-store';

// Two titles of the same length: drawn with real glyphs they differ; drawn as missing-glyph boxes they
// would be the same row of boxes.
const TITLE_A = '大模型涌现如何部署训练架构';
const TITLE_B = '美团视觉推理服务优化的实践';

const card: PreviewCard = sessionCard(store.getSession('demo-2024', 'keynote')!);
const withTitle = (title: string): PreviewCard => ({ ...card, title });

/** Rows of the image the title is drawn in (below the kicker, above the people). */
const TITLE_ROWS = { top: 130, bottom: 330 };

function inkIn(image: RenderedCard, rows = TITLE_ROWS): number {
  let dark = 0;
  for (let y = rows.top; y < rows.bottom; y++) {
    for (let x = 40; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const luminance =
        0.2126 * image.pixels[i]! + 0.7152 * image.pixels[i + 1]! + 0.0722 * image.pixels[i + 2]!;
      if (luminance < 80) dark++;
    }
  }
  return dark;
}

function differingPixels(a: RenderedCard, b: RenderedCard, rows = TITLE_ROWS): number {
  let differing = 0;
  for (let i = rows.top * a.width * 4; i < rows.bottom * a.width * 4; i += 4)
    if (a.pixels[i] !== b.pixels[i]) differing++;
  return differing;
}

let fonts: CardFont[];
let a: RenderedCard;
let b: RenderedCard;

beforeAll(async () => {
  fonts = await loadCardFonts([cardText(card), TITLE_A, TITLE_B].join(''));
  [a, b] = await Promise.all([
    renderCard(withTitle(TITLE_A), fonts),
    renderCard(withTitle(TITLE_B), fonts),
  ]);
}, 60_000);

describe('renderCard', () => {
  it('makes a 1200×630 PNG well under 300 KB', () => {
    expect(a.png.subarray(1, 4).toString()).toBe('PNG');
    expect(a.png.readUInt32BE(16)).toBe(1200);
    expect(a.png.readUInt32BE(20)).toBe(630);
    expect(a.png.length).toBeLessThan(300 * 1024);
  });

  it('draws the Chinese title in ink, not blank', () => {
    // Measured: one character of the title inks about 1,600 pixels, these thirteen about 20,000.
    expect(inkIn(a)).toBeGreaterThan(10_000);
  });

  it('draws each character with its own glyph: two different titles give different pictures', () => {
    expect(differingPixels(a, b)).toBeGreaterThan(10_000);
  });

  it('refuses to draw a character the font subset lacks, instead of a missing-glyph box', async () => {
    await expect(renderCard(withTitle('龘'), fonts)).rejects.toThrow(/lacks 龘/);
  });
});
