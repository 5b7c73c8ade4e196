import { describe, expect, it } from 'vitest';
import { HAN_CHARACTERS_PER_MINUTE, readingMinutes } from '@/lib/reading/reading-time';

describe('readingMinutes', () => {
  it('counts Chinese by characters, not by spaces', () => {
    expect(readingMinutes('字'.repeat(HAN_CHARACTERS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('字'.repeat(HAN_CHARACTERS_PER_MINUTE * 3 + 1))).toBe(4);
  });

  it('adds Latin words at their own pace and never says zero', () => {
    expect(readingMinutes('GPU')).toBe(1);
    expect(readingMinutes(`${'字'.repeat(HAN_CHARACTERS_PER_MINUTE)} ${'word '.repeat(200)}`)).toBe(
      2,
    );
  });
});
