import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTopicDictionary, parseTopicDictionary, topicTranslator } from '@/lib/content/topics';
import { wordProblem } from '@/lib/i18n/messages';

const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field} ${p.code}`);

describe('the topic dictionary', () => {
  it('reads the real one without a problem, every entry naming a topic the sessions use', () => {
    const { entries, problems } = parseTopicDictionary(readFileSync(join(process.cwd(), 'content/topics.yml'), 'utf8'));
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.find((entry) => entry.zh === '算力')).toEqual({ zh: '算力', en: 'Compute', slug: 'compute' });
  });

  it('rejects duplicates of each column, bad slugs and incomplete entries, all at once', () => {
    const { entries, problems } = parseTopicDictionary(`
- { zh: 算力, en: Compute, slug: compute }
- { zh: 算力, en: Computing, slug: Compute_Power }
- { zh: 开源, en: Compute, slug: compute }
- { zh: 推理 }
- { zh: 芯片, en: Chips, slug: chips, note: x }
`);
    expect(codes(problems)).toEqual([
      '[1].slug topics-bad-slug',
      '[3] topics-entry-shape',
      '[4] topics-entry-shape',
      '[1].zh topics-duplicate',
      '[2].en topics-duplicate',
      '[2].slug topics-duplicate',
    ]);
    expect(entries).toHaveLength(3);
    expect(wordProblem(problems[1]!, 'en').message).toBe('each entry needs zh, en and slug (missing en, slug)');
    expect(wordProblem(problems[2]!, 'zh').message).toContain('多了 note');
  });

  it('says when the file is not a list or cannot be read', () => {
    expect(codes(parseTopicDictionary('zh: 算力').problems)).toEqual(['file topics-not-list']);
    expect(codes(parseTopicDictionary('- [unclosed').problems)).toEqual(['file topics-unreadable']);
    expect(parseTopicDictionary('# nothing yet\n')).toEqual({ entries: [], problems: [] });
  });

  it('knows every Chinese name from the sessions, and keeps slugs clear of untranslated names', () => {
    const entries = [
      { zh: '算力', en: 'Compute', slug: 'compute' },
      { zh: '算 力', en: 'Typo', slug: 'typo' },
      { zh: '开源', en: 'Open source', slug: 'gpu' },
    ];
    expect(codes(checkTopicDictionary(entries, ['算力', '开源', 'gpu']))).toEqual([
      '[1].zh topics-unknown-topic',
      '[2].slug topics-slug-taken',
    ]);
  });

  it('translates names and addresses; an untranslated topic keeps its Chinese name and address', () => {
    const topics = topicTranslator([{ zh: '算力', en: 'Compute', slug: 'compute' }], ['算力', '开源']);
    expect(topics.name('算力', 'en')).toBe('Compute');
    expect(topics.name('算力', 'zh-CN')).toBe('算力');
    expect(topics.segment('算力', 'en')).toBe('compute');
    expect(topics.name('开源', 'en')).toBe('开源');
    expect(topics.segment('开源', 'en')).toBe('开源');
    expect(topics.fromSegment('compute', 'en')).toBe('算力');
    expect(topics.fromSegment('开源', 'en')).toBe('开源');
    expect(topics.fromSegment('算力', 'en')).toBeUndefined();
    expect(topics.isTranslated('开源')).toBe(false);
  });
});
