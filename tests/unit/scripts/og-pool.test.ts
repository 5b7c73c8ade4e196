import { describe, expect, it } from 'vitest';
import { cardText } from '@/lib/seo/og/card';
import { loadCardFonts } from '@/lib/seo/og/fonts';
import { renderCard } from '@/lib/seo/og/render';
import { sessionCard, type PreviewCard } from '@/lib/seo/preview-cards';
import { drawCards } from '@/scripts/lib/og-pool';
import { store } from '../../fixtures/content-store';

const base = sessionCard(store.getSession('demo-2024', 'keynote')!);
const cards: PreviewCard[] = Array.from({ length: 16 }, (_, index) => ({
  ...base,
  title: `${base.title} ${index}`,
  path: `/og/test-${index}.png`,
}));

describe('drawCards', () => {
  it('draws every card once, on threads, with the same bytes as drawing it in-process', async () => {
    const fonts = await loadCardFonts(cards.map(cardText).join(''));
    const drawn = new Map<string, Buffer>();
    const threads = await drawCards(cards, fonts, (card, png) => {
      expect(drawn.has(card.path), card.path).toBe(false);
      drawn.set(card.path, png);
    });
    expect(threads).toBe(Math.min(2, (await import('node:os')).availableParallelism()));
    expect([...drawn.keys()].sort()).toEqual(cards.map((card) => card.path).sort());
    for (const card of [cards[0], cards[15]] as PreviewCard[])
      expect(drawn.get(card.path)?.equals((await renderCard(card, fonts)).png), card.path).toBe(
        true,
      );
  }, 120_000);
});
