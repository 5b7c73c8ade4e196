import { describe, expect, it } from 'vitest';
import { initials, placeholderClass, placeholderColor } from '@/lib/avatar-placeholder';

describe('placeholderColor', () => {
  it('gives a slug the same colour on every call', () => {
    expect(placeholderColor('chen-wei')).toBe(placeholderColor('chen-wei'));
  });

  it('spreads different slugs over the palette', () => {
    const slugs = [
      'chen-wei',
      'zhang-xu',
      'zhang-luyu',
      'owen-zhu',
      'liang-hao',
      'ding-ning',
      'shen-lei',
      'zheng-shuliang',
    ];
    expect(new Set(slugs.map(placeholderColor)).size).toBeGreaterThanOrEqual(4);
  });

  it('only uses colours dark enough for white initials (WCAG AA, 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let index = 0; index < 200; index += 1) {
      const colour = placeholderColor(`speaker-${index}`);
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('initials', () => {
  it.each([
    ['陈巍', '陈'],
    ['Owen Zhu', 'OZ'],
    ['CSDN 人工智能技术编辑团队', 'C'],
    ['  张旭 ', '张'],
    ['madonna', 'M'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});


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
