import { describe, expect, it } from 'vitest';
import { formatDate, formatList, locale, t } from '@/lib/i18n';

describe('i18n', () => {
  it('formats a calendar date in Chinese without shifting the day', () => {
    expect(formatDate('2023-08-12')).toBe('2023年8月12日');
    expect(formatDate('2024-01-01T00:00:00.000Z')).toBe('2024年1月1日');
  });

  it('joins organizers the Chinese way', () => {
    expect(formatList(['CSDN', '《新程序员》'])).toBe('CSDN和《新程序员》');
  });

  it('names every session kind and role', () => {
    expect(locale).toBe('zh-CN');
    expect(Object.values(t.kinds)).toEqual(['主旨演讲', '专题演讲', '闪电演讲', '圆桌对话']);
    expect(t.roles.moderator).toBe('主持');
  });
});
