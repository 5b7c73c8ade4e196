import { describe, expect, it } from 'vitest';
import { buildSitemap } from '@/lib/seo/sitemap';
import { sessionMetadata, speakerMetadata } from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/site';
import { fixedDates } from '../../../fixtures/content-store';
import { enStore, zhStore } from '../../../fixtures/edition-stores';

const url = (path: string) => `${siteUrl}${path}`;

describe('the English edition of the documents', () => {
  it('lays the translation over the original, keeping the structure', () => {
    const keynote = enStore.getSession('demo-2024', 'keynote');
    expect(keynote).toMatchObject({
      title: 'Keynote title',
      kind: 'keynote',
      order: 1,
      url: '/en/events/demo-2024/sessions/keynote',
      translated: true,
      contentLocale: 'en',
      edition: 'en',
      paths: { 'zh-CN': '/events/demo-2024/sessions/keynote', en: '/en/events/demo-2024/sessions/keynote' },
    });
    expect(keynote?.bodyHtml).toBe('<p>The recap.</p>');
    expect(keynote?.speakers.map((speaker) => speaker.name)).toEqual(['Chen Wei']);
  });

  it('shows each translated quote with the original words', () => {
    expect(enStore.getSession('demo-2024', 'keynote')?.quotes).toEqual([
      expect.objectContaining({ text: 'Compute is the core.', original: '算力是核心。' }),
    ]);
    expect(zhStore.getSession('demo-2024', 'keynote')?.quotes[0]).not.toHaveProperty('original');
  });

  it('keeps an untranslated document in Chinese, marked as such, in both editions the same way', () => {
    expect(enStore.getSession('demo-2024', 'panel')).toMatchObject({ title: '圆桌标题', translated: false, contentLocale: 'zh-CN' });
    expect(zhStore.getSession('demo-2024', 'panel')).toMatchObject({ translated: false, contentLocale: 'zh-CN' });
    expect(zhStore.getSession('demo-2024', 'keynote')).toMatchObject({ translated: true, contentLocale: 'zh-CN' });
  });

  it('names topics from the dictionary, at their English addresses; an untranslated one keeps its name', () => {
    expect(enStore.getSession('demo-2024', 'keynote')?.topicLinks).toEqual([
      { name: 'Compute', url: '/en/topics/compute' },
      // Not in the dictionary: its Chinese-edition name, marked as such wherever it shows.
      { name: 'GPU', url: '/en/topics/GPU', lang: 'zh-CN' },
    ]);
    expect(enStore.getTopics().find((topic) => topic.name === 'Compute')?.paths).toEqual({
      'zh-CN': `/topics/${encodeURIComponent('算力')}`,
      en: '/en/topics/compute',
    });
  });
});

describe('search-engine links between the editions', () => {
  it('gives a translated pair reciprocal hreflang, og:locale:alternate and self canonicals', () => {
    const zh = speakerMetadata(zhStore.getSpeaker('chen-wei')!);
    const en = speakerMetadata(enStore.getSpeaker('chen-wei')!);
    expect(zh.alternates?.languages).toEqual(en.alternates?.languages);
    expect(en.alternates?.languages).toEqual({
      'zh-CN': url('/speakers/chen-wei'),
      en: url('/en/speakers/chen-wei'),
      'x-default': url('/speakers/chen-wei'),
    });
    expect(en.alternates?.canonical).toBe(url('/en/speakers/chen-wei'));
    expect(en.openGraph).toMatchObject({ locale: 'en_US', alternateLocale: ['zh_CN'] });
    expect(en.robots).toBeUndefined();
  });

  it('makes an untranslated English page noindex, follow with a canonical to the Chinese page', () => {
    const en = sessionMetadata(enStore.getSession('demo-2024', 'panel')!, fixedDates());
    expect(en.robots).toEqual({ index: false, follow: true });
    expect(en.alternates?.canonical).toBe(url('/events/demo-2024/sessions/panel'));
    expect(en.alternates?.languages).toBeUndefined();
    expect(sessionMetadata(zhStore.getSession('demo-2024', 'panel')!, fixedDates()).alternates?.languages).toBeUndefined();
  });

  it('lists both editions in the sitemap with xhtml:link alternates, and no fallback page', () => {
    const sitemap = buildSitemap([zhStore, enStore], fixedDates());
    const entry = (path: string) => sitemap.find((candidate) => candidate.url === url(path));
    expect(entry('/en/events/demo-2024/sessions/keynote')?.alternates?.languages).toEqual({
      'zh-CN': url('/events/demo-2024/sessions/keynote'),
      en: url('/en/events/demo-2024/sessions/keynote'),
      'x-default': url('/events/demo-2024/sessions/keynote'),
    });
    expect(entry('/events/demo-2024/sessions/keynote')?.alternates).toEqual(entry('/en/events/demo-2024/sessions/keynote')?.alternates);
    expect(entry('/en')?.alternates?.languages).toMatchObject({ 'zh-CN': url('/') });
    expect(entry('/en/events/demo-2024/sessions/panel')).toBeUndefined();
    expect(entry('/en/speakers/host')).toBeUndefined();
    expect(entry('/events/demo-2024/sessions/panel')).toBeDefined();
    expect(entry('/events/demo-2024/sessions/panel')?.alternates).toBeUndefined();
    expect(entry('/en/topics/compute')).toBeDefined();
  });
});
