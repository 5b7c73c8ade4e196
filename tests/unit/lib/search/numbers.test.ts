import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers } from '@/lib/search/numbers';

describe('encodeNumbers', () => {
  it('writes a small number as one character and reads back every number', () => {
    const numbers = [0, 1, 31, 32, 1023, 1024, 99_999, 2 ** 31 + 5, 3];
    expect(encodeNumbers([0, 1, 31])).toHaveLength(3);
    expect(encodeNumbers([32])).toHaveLength(2);
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    expect(decodeNumbers('')).toEqual([]);
  });
  it('refuses what it cannot write or read', () => {
    expect(() => encodeNumbers([-1])).toThrow();
    expect(() => encodeNumbers([1.5])).toThrow();
    expect(() => decodeNumbers('A,B')).toThrow();
  });
});
