import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/search/plain-text';

describe('htmlToText', () => {
  it('drops tags, decodes entities and keeps blocks on their own lines', () => {
    expect(
      htmlToText('<h2 id="a">CPU &amp; GPU</h2><p>拆分<strong>运算</strong>&#x3002;</p>'),
    ).toBe('CPU & GPU\n拆分运算。');
  });
});
