import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/search/highlighted-text';

describe('HighlightedText', () => {
  it('sets the matched words in <mark> and escapes the text', () => {
    const html = renderToStaticMarkup(
      <HighlightedText value={{ text: '拆分 <CPU> 与 GPU 推理', marks: [[15, 17]] }} />,
    );
    expect(html).toMatch(/^拆分 &lt;CPU&gt; 与 GPU <mark[^>]*>推理<\/mark>$/);
  });

  it('renders text without marks as it is', () => {
    expect(renderToStaticMarkup(<HighlightedText value={{ text: '开源', marks: [] }} />)).toBe(
      '开源',
    );
  });
});
