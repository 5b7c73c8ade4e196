import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/i18n/messages';
import { validateContent } from '@/lib/content/validate';

// Events named series and city, and a speaker named letter, beside a valid event and speaker.
const root = join(process.cwd(), 'tests/fixtures/reserved');

describe('reserved slugs', () => {
  it('refuses the archive filters as event folders and letter as a speaker file, in Chinese by default', () => {
    const problems = validateContent(root).problems.map((problem) => formatProblem(problem, 'zh'));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/events\/city\/index\.md: slug: 文件夹名 "city" 是网站保留的地址（\/events\/city\/… 是活动列表的筛选页）/);
    expect(problems[1]).toMatch(/^content\/events\/series\/index\.md: slug: 文件夹名 "series" 是网站保留的地址/);
    expect(problems[2]).toMatch(/^content\/speakers\/letter\.md: slug: 文件名 "letter" 是网站保留的地址（\/speakers\/letter\/… 是按首字母分页的嘉宾列表）/);
  });

  it('says the same in English when asked', () => {
    const problems = validateContent(root).problems.map((problem) => formatProblem(problem, 'en'));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/events\/city\/index\.md: slug: the folder name "city" is reserved \(\/events\/city\/… are the event list's filter pages\), so no event can use it: choose another name/),
      expect.stringMatching(/^content\/events\/series\/index\.md: slug: the folder name "series" is reserved/),
      expect.stringMatching(/^content\/speakers\/letter\.md: slug: the file name "letter" is reserved \(\/speakers\/letter\/… are the speaker list's pages by initial\)/),
    ]);
  });
});
