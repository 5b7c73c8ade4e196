import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** The family name the card layout asks for; satori matches fonts by it. */
export const CARD_FONT_FAMILY = 'Noto Sans SC';

/** Noto Sans SC (OFL) from its npm package: static TrueType files, which satori reads (it cannot read woff2). */
const FONT_FILES = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);

/**
 * Both weights, cut down to the glyphs `text` uses: a full CJK font is about 10 MB per weight and
 * the cards need a few hundred characters.
 */
export async function loadCardFonts(text: string): Promise<CardFont[]> {
  const glyphs = [...new Set(text.replace(/\s/g, ''))].join('') + ' ';
  return Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const full = await readFile(require.resolve(FONT_FILES[weight]));
      const data = await subsetFont(full, glyphs, { targetFormat: 'truetype' });
      return { name: CARD_FONT_FAMILY, data, weight, style: 'normal' as const };
    }),
  );
}
