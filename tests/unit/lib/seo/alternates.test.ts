import { describe, expect, it } from 'vitest';
import { canonicalPath, editionPage, isFallback, languageAlternates, openGraphLocales } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/site';

const url = (path: string) => `${siteUrl}${path}`;

describe('hreflang alternates', () => {
  it('gives both pages of a translated pair the same three links, x-default on the Chinese page', () => {
    const zh = editionPage('/speakers/chen-wei', 'zh-CN', true);
    const en = editionPage('/en/speakers/chen-wei', 'en', true);
    const expected = {
      'zh-CN': url('/speakers/chen-wei'),
      en: url('/en/speakers/chen-wei'),
      'x-default': url('/speakers/chen-wei'),
    };
    expect(languageAlternates(zh)).toEqual(expected);
    expect(languageAlternates(en)).toEqual(expected);
    expect(canonicalPath(zh)).toBe('/speakers/chen-wei');
    expect(canonicalPath(en)).toBe('/en/speakers/chen-wei');
  });

  it('pairs the home pages without a trailing slash, as their canonicals', () => {
    expect(languageAlternates(editionPage('/', 'zh-CN'))).toMatchObject({ en: url('/en'), 'zh-CN': url('/') });
    expect(editionPage('/en', 'en').paths).toEqual({ 'zh-CN': '/', en: '/en' });
  });

  it('lists no alternates for an untranslated document; its English page is a noindex fallback to the Chinese one', () => {
    const zh = editionPage('/events/e/sessions/s', 'zh-CN', false);
    const en = editionPage('/en/events/e/sessions/s', 'en', false);
    expect(languageAlternates(zh)).toBeUndefined();
    expect(languageAlternates(en)).toBeUndefined();
    expect(isFallback(zh)).toBe(false);
    expect(isFallback(en)).toBe(true);
    expect(canonicalPath(en)).toBe('/events/e/sessions/s');
  });

  it('names the Open Graph locale, and the alternate only for a translated pair', () => {
    expect(openGraphLocales(editionPage('/en', 'en'))).toEqual({ locale: 'en_US', alternateLocale: ['zh_CN'] });
    expect(openGraphLocales(editionPage('/en/x', 'en', false))).toEqual({ locale: 'en_US' });
  });
});

describe('page titles', () => {
  it('keep the site name when it fits, and never pass 70 characters', async () => {
    const { pageMetadata } = await import('@/lib/seo/metadata');
    const title = (text: string) => pageMetadata({ title: text, description: 'd', path: '/en/x', edition: editionPage('/en/x', 'en') }).title;
    expect(title('Speakers')).toBe('Speakers');
    const long = 'Optimizing the Deployment Architecture of Meituan’s Vision GPU Inference Services in Practice';
    const clipped = title(long) as { absolute: string };
    expect(clipped.absolute.length).toBeLessThanOrEqual(70);
    expect(clipped.absolute).toMatch(/^Optimizing the Deployment .*\S…$/);
    expect(title('Large Models Are Emerging: How to Deploy Training Architectures')).toEqual({
      absolute: 'Large Models Are Emerging: How to Deploy Training Architectures',
    });
  });
});

describe('page titles as written in HTML', () => {
  it('count an ampersand as its entity', async () => {
    const { pageMetadata } = await import('@/lib/seo/metadata');
    const long = 'Open Talk: The New R&D Paradigm of the AI Era and the Evolution of Developer Skills';
    const { absolute } = pageMetadata({ title: long, description: 'd', path: '/en/x', edition: editionPage('/en/x', 'en') }).title as { absolute: string };
    expect(absolute.replace(/&/g, '&amp;').length).toBeLessThanOrEqual(70);
    expect(absolute.endsWith('…')).toBe(true);
  });
});
