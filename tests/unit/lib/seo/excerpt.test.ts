import { describe, expect, it } from 'vitest';
import { excerpt, markdownToPlainText } from '@/lib/seo/excerpt';

describe('markdownToPlainText', () => {
  it('keeps the words of links and emphasis and drops headings, images and markup', () => {
    const markdown =
      '## 简介\n\n陈巍是**千芯科技**董事长，见[知乎](https://example.com)。\n\n![照片](a.png)\n\n- 一条要点';
    expect(markdownToPlainText(markdown)).toBe('陈巍是千芯科技董事长，见知乎。一条要点');
  });

  it('joins Chinese paragraphs without a space and Latin ones with one', () => {
    expect(markdownToPlainText('第一段。\n\n第二段。')).toBe('第一段。第二段。');
    expect(markdownToPlainText('He spoke\nabout GPUs.')).toBe('He spoke about GPUs.');
  });
});

describe('excerpt', () => {
  it('returns a short text whole', () => expect(excerpt('一句话。', 10)).toBe('一句话。'));

  it('ends after the last full sentence that fits', () => {
    expect(excerpt('第一句话说完了。第二句话很长很长很长很长。', 12)).toBe('第一句话说完了。');
  });

  it('cuts at the limit with an ellipsis when no sentence ends late enough', () => {
    const cut = excerpt('短。这是一句没有句号而且非常非常长的话', 12);
    expect([...cut]).toHaveLength(12);
    expect(cut.endsWith('…')).toBe(true);
  });
});
