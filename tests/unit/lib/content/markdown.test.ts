import { describe, expect, it } from 'vitest';
import { dangersIn, elementsOf } from '../../../fixtures/hostile/inspect';
import { renderHostileBody, renderHostileFragment } from '../../../fixtures/hostile/render';

describe('the Markdown pipeline on a hostile body', () => {
  it('leaves no script, frame, style, event handler or javascript:/data: URL', async () => {
    const html = await renderHostileBody();
    expect(dangersIn(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|style=|(href|src)="\s*(javascript|data):/i);
  });

  it('keeps the text of a neutralised link and the safe links as written', async () => {
    const links = elementsOf(await renderHostileBody()).filter((element) => element.tagName === 'a');
    expect(links.map((link) => link.properties.href).filter(Boolean)).toEqual(['https://example.com/talk', '/speakers']);
    expect(links.length).toBeGreaterThan(8);
  });

  it('marks external links noopener noreferrer and leaves internal ones alone', async () => {
    const html = await renderHostileBody();
    expect(html).toContain('<a href="https://example.com/talk" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/speakers">');
  });

  it('gives a heading that would shadow a framework global a different id', async () => {
    expect(await renderHostileBody()).toContain('<h2 id="h__next_f">');
  });

  it('still renders ordinary Markdown: headings with ids, lists, tables', async () => {
    const { unified } = await import('unified');
    const { markdownPipeline } = await import('@/lib/content/markdown');
    const processor = unified();
    markdownPipeline(processor);
    const html = String(await processor.process('## 第一节\n\n- 要点\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'));
    expect(html).toContain('<h2 id="第一节">第一节</h2>');
    expect(html).toContain('<li>要点</li>');
    expect(html).toContain('<td>1</td>');
  });
});

describe('the sanitizer on hostile raw HTML (nested, mixed case)', () => {
  it('strips every way to run code or load a frame', async () => {
    expect(dangersIn(await renderHostileFragment())).toEqual([]);
  });

  it('keeps no style, so nothing can overlay the page', async () => {
    const html = await renderHostileFragment();
    expect(elementsOf(html).some((element) => 'style' in element.properties || 'className' in element.properties)).toBe(false);
    expect(html).toContain('<div>overlay</div>');
  });

  it('replaces a target=_blank external link with a safe rel and no target', async () => {
    const html = await renderHostileFragment();
    expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">external</a>');
  });
});

describe('the inspector these tests rely on', () => {
  it('sees the dangers it is meant to see', () => {
    expect(
      dangersIn('<script>x</script><a href="javascript:x">a</a><img src="data:x" onerror="x"><p style="a">b</p>'),
    ).toEqual(['<script>', 'a href=javascript:x', 'img src=data:x', 'img onError', 'p style']);
  });
});
