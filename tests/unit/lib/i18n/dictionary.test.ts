import { describe, expect, it } from 'vitest';
import { dictionary, formatDate, formatList, localizePath, splitLocalePath } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { zhCN } from '@/lib/i18n/zh-CN';
import { routesFor } from '@/lib/routes';

/** `nav.home`, `seo.series.npcon`, … for every leaf of a dictionary. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the English dictionary', () => {
  it('has every key of the Chinese one, and no other', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('would fail on a missing key', () => {
    const incomplete: Partial<typeof en> = { ...en };
    delete incomplete.footer;
    expect(keys(incomplete).sort()).not.toEqual(keys(zhCN).sort());
  });

  it('gives the same kind of value for each key (text, or a function of the same arity)', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'function' ? `fn/${value.length}` : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(en)).toEqual(shape(zhCN));
  });

  it('has no Chinese words left in it except the language switch naming Chinese', () => {
    const leaves = keys(en).filter((key) => key !== 'edition.otherLanguage' && key !== 'devContentStatus.todosTitle');
    const valueOf = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
    const chinese = leaves.filter((key) => typeof valueOf(key) === 'string' && /\p{Script=Han}/u.test(valueOf(key) as string));
    expect(chinese).toEqual([]);
  });
});

describe('locale formatting', () => {
  it('formats dates and lists per edition', () => {
    expect(formatDate('2023-08-12', 'en')).toBe('August 12, 2023');
    expect(formatDate('2023-08-12', 'zh-CN')).toBe('2023年8月12日');
    expect(formatList(['CSDN', 'New Programmer'], 'en')).toBe('CSDN and New Programmer');
    expect(formatList(['CSDN', 'A', 'B'], 'en')).toBe('CSDN, A, and B');
    expect(dictionary('en').kinds.roundtable).toBe('Roundtable');
  });

  it('puts the English edition under /en with the same paths', () => {
    expect(localizePath('/', 'en')).toBe('/en');
    expect(localizePath('/speakers/chen-wei', 'en')).toBe('/en/speakers/chen-wei');
    expect(localizePath('/speakers', 'zh-CN')).toBe('/speakers');
    expect(routesFor('en').session('e', 's')).toBe('/en/events/e/sessions/s');
    expect(routesFor('en').feed()).toBe('/en/feed.xml');
    expect(routesFor('en').sitemap()).toBe('/sitemap.xml');
    expect(splitLocalePath('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/en/speakers')).toEqual({ locale: 'en', path: '/speakers' });
    expect(splitLocalePath('/english')).toEqual({ locale: 'zh-CN', path: '/english' });
  });
});
