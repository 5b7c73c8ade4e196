import { describe, expect, it } from 'vitest';
import { nextFreeOrder } from '@/lib/content/rules';

describe('nextFreeOrder', () => {
  it('is 1 for an empty agenda', () => expect(nextFreeOrder([])).toBe(1));
  it('comes after the last session', () => expect(nextFreeOrder([1, 2, 3, 4, 5, 6])).toBe(7));
  it('comes after the last even when earlier places are free or listed out of order', () => {
    expect(nextFreeOrder([3, 1, 5])).toBe(6);
  });
  it('ignores what is not a whole number', () => expect(nextFreeOrder([2, Number.NaN, 2.5, -1])).toBe(3));
});
