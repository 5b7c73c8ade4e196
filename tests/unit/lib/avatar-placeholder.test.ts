import { describe, expect, it } from 'vitest';
import { placeholderClass, placeholderColor } from '@/lib/avatar-placeholder';

describe('placeholderClass', () => {
  it('names the same colour as placeholderColor, so the CSP needs no inline style', () => {
    for (const slug of [
      'chen-wei',
      'owen-zhu',
      'zhang-xu',
      'a',
      'csdn-ai-editors',
      'liang-hao',
      'ding-ning',
      'x-1',
    ]) {
      expect(placeholderClass(slug)).toBe(`bg-[${placeholderColor(slug)}]`);
    }
  });
});
