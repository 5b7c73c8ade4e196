import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlug } from '@/lib/content/slug';
import { slugFromName, slugFromPlace, slugFromText } from '@/lib/content/pinyin-slug';

describe('slugFromText', () => {
  it.each([
    ['王五', 'wang-wu'],
    ['陈巍', 'chen-wei'],
    ['张路宇', 'zhang-lu-yu'],
    ['郑叔亮', 'zheng-shu-liang'],
    // Surnames read as surnames, not as the common word.
    ['单雄信', 'shan-xiong-xin'],
    ['曾国藩', 'zeng-guo-fan'],
    // ü is written v, as in pinyin input.
    ['吕布', 'lv-bu'],
    ['Owen Zhu', 'owen-zhu'],
    ['美团视觉GPU推理', 'mei-tuan-shi-jue-gpu-tui-li'],
    ['开谈:AI时代', 'kai-tan-ai-shi-dai'],
    ['InsCode：人人都是开发者', 'inscode-ren-ren-dou-shi-kai-fa-zhe'],
    ['Café 2023', 'cafe-2023'],
  ])('%s → %s', (text, slug) => expect(slugFromText(text)).toBe(slug));

  it('always gives a valid slug', () => {
    for (const text of ['  王五  ', '《大模型》——涌现！', 'A--B', '第 1 场']) expect(isSlug(slugFromText(text))).toBe(true);
  });

  it('keeps a long title short, without cutting a syllable', () => {
    const slug = slugFromText('美团视觉GPU推理服务部署架构优化的实践与思考以及未来展望');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.startsWith('mei-tuan-shi-jue-gpu-tui-li-fu-wu-bu-shu-jia-gou')).toBe(true);
    expect(isSlug(slug)).toBe(true);
    expect(slugFromText('美团视觉GPU推理服务部署', 12)).toBe('mei-tuan-shi');
  });

  it('gives nothing for text with no letters or digits', () => expect(slugFromText('《》！')).toBe(''));
});

describe('slugFromName', () => {
  it.each([
    ['王五', 'wang-wu'],
    ['张路宇', 'zhang-luyu'],
    ['欧阳娜娜', 'ouyang-nana'],
    ['诸葛亮', 'zhuge-liang'],
    ['单雄信', 'shan-xiongxin'],
    ['吕布', 'lv-bu'],
    ['Owen Zhu', 'owen-zhu'],
  ])('%s → %s', (name, slug) => expect(slugFromName(name)).toBe(slug));

  it('gives every speaker of the summit the slug the editors chose', () => {
    const dir = join(process.cwd(), 'content/speakers');
    const people = readdirSync(dir)
      // English translations beside the originals keep the original's slug.
      .filter((file) => !file.endsWith('.en.md'))
      .map((file) => ({ slug: file.replace(/\.md$/, ''), name: /^name: "(.+)"$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '' }))
      // An editorial team is named by what it is, not by pinyin.
      .filter(({ slug }) => slug !== 'csdn-ai-editors');
    expect(people.length).toBeGreaterThan(5);
    for (const { slug, name } of people) expect(slugFromName(name), name).toBe(slug);
  });
});

describe('slugFromPlace', () => {
  it('writes a city as one word, as in npcon-2023-beijing', () => {
    expect(slugFromPlace('北京')).toBe('beijing');
    expect(slugFromPlace('上海')).toBe('shanghai');
  });
});
