import { describe, expect, it } from 'vitest';
import { isSlug } from '@/lib/content/slug';

describe('isSlug', () => {
  it.each(['chen-wei', 'npcon-2023-beijing', 'a', '2023'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  it.each(['Chen-Wei', 'chen--wei', '-chen', 'chen-', 'chen_wei', '陈巍', 'chen wei', ''])('refuses %j', (slug) =>
    expect(isSlug(slug)).toBe(false),
  );
});
