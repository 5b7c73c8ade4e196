import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '@/lib/content/source-files';
import { wordProblem } from '@/lib/i18n/messages';
import { checkTranslations, originalPathOf } from '@/lib/content/rules';
import { formatProblem } from '@/lib/i18n/messages';

const root = join(import.meta.dirname, '../../../fixtures/translations');
const { files, translations } = readSourceFiles(root);
const problems = checkTranslations(files, translations);

describe('translation rules', () => {
  it('finds each translation beside its original', () => {
    expect(originalPathOf('content/events/e/index.en.md')).toBe('content/events/e/index.md');
    expect(originalPathOf('content/speakers/ghost.en.md')).toBe('content/speakers/ghost.md');
  });

  it('reports every problem of the fixture, and nothing about the good translation', () => {
    expect(problems.map(({ path, field, code }) => `${path} ${field} ${code}`).sort()).toEqual([
      'content/events/demo-2024/sessions/panel.en.md quotes[0].speaker translation-speaker-differs',
      'content/events/demo-2024/sessions/panel.en.md takeaways translation-list-length',
      'content/speakers/ghost.en.md (file) translation-orphan',
    ]);
  });

  it('gives each code the parameters its message needs', () => {
    expect(problems.find((p) => p.code === 'translation-list-length')?.params).toEqual({
      original: 'content/events/demo-2024/sessions/panel.md',
      count: 1,
      originalCount: 2,
    });
    expect(problems.find((p) => p.code === 'translation-speaker-differs')?.params).toMatchObject({
      speaker: 'wang-fang',
      expected: 'li-ming',
    });
  });

  it('words them as the check prints them, in Chinese by default and in English on request', () => {
    const orphan = problems.find((p) => p.code === 'translation-orphan');
    expect(orphan).toBeDefined();
    expect(formatProblem(wordProblem(orphan!, 'en'))).toMatch(
      /^content\/speakers\/ghost\.en\.md: \(file\): no original content\/speakers\/ghost\.md/,
    );
    expect(formatProblem(wordProblem(orphan!, 'zh'))).toMatch(/^content\/speakers\/ghost\.en\.md: \(file\): 没有原文 content\/speakers\/ghost\.md/);
  });

  it('compares the lengths of quotes and positions too', () => {
    const shorter = translations.map((file) =>
      file.path.endsWith('panel.en.md') ? { ...file, data: { ...file.data, positions: [], quotes: undefined } } : file,
    );
    const codes = checkTranslations(files, shorter).map((p) => `${p.field} ${p.code}`);
    expect(codes).toContain('positions translation-list-length');
    expect(codes.some((code) => code.startsWith('quotes'))).toBe(false);
  });
});

describe('the content check with translations', () => {
  it('rejects orphan and malformed translations with file and field, in Chinese by default', async () => {
    const { validateContent } = await import('@/lib/content/validate');
    const lines = validateContent(root).problems.map((problem) => formatProblem(problem, 'zh'));
    expect(lines).toContain('content/speakers/ghost.en.md: (file): 没有原文 content/speakers/ghost.md：译文必须放在原文旁边，与原文同名（先写原文，或删掉这个译文）');
    expect(lines.some((line) => line.startsWith('content/events/demo-2024/sessions/panel.en.md: takeaways: '))).toBe(true);
    const english = validateContent(root).problems.map((problem) => formatProblem(problem, 'en'));
    expect(english.some((line) => line.startsWith('content/speakers/ghost.en.md: (file): no original content/speakers/ghost.md'))).toBe(true);
  });
});
