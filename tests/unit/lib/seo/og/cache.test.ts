import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardKey, openCardCache, rendererFingerprint } from '@/lib/seo/og/cache';
import type { PreviewCard } from '@/lib/seo/preview-cards';

const card: PreviewCard = {
  path: '/og/speakers/chen-wei.png',
  locale: 'zh-CN',
  title: '陈巍',
  people: [],
  items: ['大模型涌现，如何部署训练架构与算力芯片'],
  alt: '陈巍',
};

describe('the preview image cache', () => {
  const fingerprint = rendererFingerprint();

  it('keys a card by everything it shows, so an edit renders it again', () => {
    expect(cardKey(card, fingerprint)).toBe(cardKey({ ...card }, fingerprint));
    expect(cardKey({ ...card, title: '陈巍 ' }, fingerprint)).not.toBe(cardKey(card, fingerprint));
    expect(cardKey({ ...card, items: [] }, fingerprint)).not.toBe(cardKey(card, fingerprint));
  });

  it('renders every card again when the renderer changes', () => {
    expect(cardKey(card, `${fingerprint}x`)).not.toBe(cardKey(card, fingerprint));
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns what was put, and nothing for a card never rendered', () => {
    const cache = openCardCache(mkdtempSync(join(tmpdir(), 'og-cache-')));
    const key = cardKey(card, fingerprint);
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, Buffer.from('png'));
    expect(cache.get(key)?.toString()).toBe('png');
  });
});
