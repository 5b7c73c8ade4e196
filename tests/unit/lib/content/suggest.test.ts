import { describe, expect, it } from 'vitest';
import type { Hint } from '@/lib/content/problem';
import { closest, didYouMean, editDistance, suggestDate, suggestHttps, yamlLineHint } from '@/lib/content/suggest';
import { catalogues } from '@/lib/i18n/messages';

const inEnglish = (hint: Hint | undefined) => (hint ? catalogues.en.hints[hint.code](hint.params ?? {}) : '');

describe('editDistance', () => {
  it.each([
    ['topics', 'topics', 0],
    ['tpoics', 'topics', 2],
    ['chen-wie', 'chen-wei', 2],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});

describe('closest and didYouMean', () => {
  const speakers = ['chen-wei', 'zhang-xu', 'zhang-luyu', 'owen-zhu'];
  it('finds a near-miss slug', () => {
    expect(closest('chen-wie', speakers)).toBe('chen-wei');
    expect(closest('zhang-xv', speakers)).toBe('zhang-xu');
    expect(inEnglish(didYouMean('chen-wie', speakers))).toBe('did you mean chen-wei?');
  });
  it('ignores case', () => expect(closest('Chen-Wei', speakers)).toBe('chen-wei'));
  it('suggests nothing for a word that is far from every candidate', () => {
    expect(closest('li-ming', speakers)).toBeUndefined();
    expect(didYouMean('li-ming', speakers)).toBeUndefined();
  });
  it('prefers the nearest of several close candidates', () => expect(closest('zhang-lu', speakers)).toBe('zhang-xu'));
});

describe('suggestDate', () => {
  it.each([
    ['2023/8/12', '2023-08-12'],
    ['2023.08.12', '2023-08-12'],
    ['2023年8月12日', '2023-08-12'],
    ['2023-8-1', '2023-08-01'],
  ])('%s → %s', (input, date) => expect(suggestDate(input)).toBe(date));
  it.each(['2023-02-30', 'August 12', '12/08/2023'])('has no suggestion for %s', (input) =>
    expect(suggestDate(input)).toBeUndefined(),
  );
});

describe('suggestHttps', () => {
  it('upgrades http and adds the scheme to a bare address', () => {
    expect(suggestHttps('http://example.com/talk')).toBe('https://example.com/talk');
    expect(suggestHttps('www.bilibili.com/video/1')).toBe('https://www.bilibili.com/video/1');
  });
  it('leaves what is not an address', () => expect(suggestHttps('幻灯片')).toBeUndefined());
});

describe('yamlLineHint', () => {
  it.each([
    ['title：大模型', 'not "："'],
    ['title:大模型', 'put a space after the colon'],
    ['-GPU', 'put a space after the dash'],
    ['\t- GPU', 'indent with spaces'],
    ['title: "大模型', 'close the quote'],
    ['title: 开谈: AI 时代', 'put the whole value in double quotes: title: "…"'],
    ['title: [草稿] 标题', 'put the whole value in double quotes'],
    ['  - 第一条 #1', 'put the whole value in double quotes: - "…"'],
  ])('%j → %s', (line, hint) => expect(inEnglish(yamlLineHint(line))).toContain(hint));
  it('has nothing to say about a fine line or a URL', () => {
    expect(yamlLineHint('title: "大模型"')).toBeUndefined();
    expect(yamlLineHint('video: https://example.com/a')).toBeUndefined();
  });
});
