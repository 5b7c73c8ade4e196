import { describe, expect, it } from 'vitest';
import { highlight, snippetOf } from '@/lib/search/highlight';

const marked = ({ text, marks }: { text: string; marks: [number, number][] }) =>
  marks.map(([s, e]) => text.slice(s, e));

describe('highlight', () => {
  it('merges the overlapping pairs of a word into one mark', () => {
    expect(marked(highlight('部署训练架构与算力芯片', ['算力', '力芯', '芯片']))).toEqual([
      '算力芯片',
    ]);
  });

  it('finds Latin words whatever their case or width', () => {
    expect(marked(highlight('GPU 与 ＧＰＵ、gpu', ['gpu']))).toEqual(['GPU', 'ＧＰＵ', 'gpu']);
  });
});

describe('snippetOf', () => {
  const document = {
    headline: '',
    summary: '一段摘要。',
    takeaways: '',
    quotes: '',
    body: `${'前文'.repeat(60)}谈到开源模型的风险${'后文'.repeat(60)}`,
  };

  it('cuts a window around the first matched word, with ellipses, from the field that holds it', () => {
    const snippet = snippetOf(document, ['开源']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['开源']);
  });

  it('prefers the summary when it holds as many words as the body', () => {
    expect(snippetOf({ ...document, summary: '关于开源的摘要' }, ['开源']).text).toBe(
      '关于开源的摘要',
    );
  });
});
