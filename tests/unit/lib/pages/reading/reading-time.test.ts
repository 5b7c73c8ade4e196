import { describe, expect, it } from 'vitest';
import {
  HAN_CHARACTERS_PER_MINUTE,
  readingMinutes,
  sessionReadingMinutes,
} from '@/lib/pages/reading/reading-time';

describe('readingMinutes', () => {
  it('counts Chinese by characters, not by spaces', () => {
    expect(readingMinutes('字'.repeat(HAN_CHARACTERS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('字'.repeat(HAN_CHARACTERS_PER_MINUTE * 3 + 1))).toBe(4);
  });

  it('adds Latin words at their own pace and never says zero', () => {
    expect(readingMinutes('GPU')).toBe(1);
    expect(readingMinutes(`${'字'.repeat(HAN_CHARACTERS_PER_MINUTE)} ${'word '.repeat(200)}`)).toBe(
      2,
    );
  });
});

describe('sessionReadingMinutes', () => {
  it('reads the summary, takeaways, positions, quotes and the recap as text', () => {
    const speaker = {
      slug: 's',
      name: '某',
      role: 'r',
      organization: 'o',
      url: '/speakers/s',
      draft: false,
      edition: 'zh-CN' as const,
      translated: false,
      contentLocale: 'zh-CN' as const,
      paths: { 'zh-CN': '/speakers/s', en: '/en/speakers/s' },
    };
    type Page = Parameters<typeof sessionReadingMinutes>[0];
    const base: Page = { summary: '', takeaways: [], positions: [], quotes: [], bodyHtml: '' };
    const page = (extra: Partial<Page>) => sessionReadingMinutes({ ...base, ...extra });
    const minute = '字'.repeat(HAN_CHARACTERS_PER_MINUTE);
    expect(page({ bodyHtml: `<p>${minute}</p><p>${minute}&nbsp;</p>` })).toBe(2);
    expect(page({ summary: minute, takeaways: [minute], bodyHtml: `<p>${minute}</p>` })).toBe(3);
    expect(page({ positions: [{ speaker, text: minute }], quotes: [{ speaker, text: `${minute}字` }] })).toBe(3);
  });
});
