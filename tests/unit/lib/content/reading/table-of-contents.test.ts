import { describe, expect, it } from 'vitest';
import { tableOfContents, worthATableOfContents } from '@/lib/content/reading/table-of-contents';

const html =
  '<h2 id="gpu-利用率为何偏低">GPU 利用率为何偏低</h2><p>…</p><h3 id="细节">细节 &amp; 数据</h3><h2 id="拆分">拆分</h2><h2 id="结语">结语</h2>';

describe('tableOfContents', () => {
  it('lists h2 and h3 headings with their rehype-slug anchors', () => {
    expect(tableOfContents(html)).toEqual([
      { id: 'gpu-利用率为何偏低', text: 'GPU 利用率为何偏低', level: 2 },
      { id: '细节', text: '细节 & 数据', level: 3 },
      { id: '拆分', text: '拆分', level: 2 },
      { id: '结语', text: '结语', level: 2 },
    ]);
  });

  it('is worth showing from three sections on', () => {
    expect(worthATableOfContents(tableOfContents(html))).toBe(true);
    expect(
      worthATableOfContents(tableOfContents('<h2 id="a">A</h2><h3 id="b">B</h3><h2 id="c">C</h2>')),
    ).toBe(false);
  });
});
