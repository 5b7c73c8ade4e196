import { describe, expect, it } from 'vitest';
import { checkBodyMarkdown, findMarkdocResidue } from '@/lib/content/rules';
import type { SourceFile } from '@/lib/content/source-files';
import { formatProblem } from '@/lib/i18n/messages';

describe('findMarkdocResidue', () => {
  it('finds a table saved as Markdoc tags, with its line', () => {
    const body = '\n## 数据\n\n{% table %}\n- 指标\n- 数值\n{% /table %}\n';
    expect(findMarkdocResidue(body).map((r) => [r.kind, r.line])).toEqual([
      ['markdoc-tag', 4],
      ['markdoc-tag', 7],
    ]);
  });

  it('finds a footnote saved as a link, and says how to write it', () => {
    const file: SourceFile = { path: 'content/speakers/a.md', kind: 'speaker', slug: 'a', translation: false, data: {}, frontMatter: '', body: '正文[^1](#fn1)。' };
    const [problem] = checkBodyMarkdown(file);
    expect(problem?.code).toBe('footnote-link');
    expect(formatProblem(problem!, 'zh')).toBe('content/speakers/a.md: body: 第 1 行的脚注 [^1](#fn1) 被存成了链接：请写成 [^1]，并在文末写 [^1]: 脚注内容');
    expect(formatProblem(problem!, 'en')).toContain('body: line 1');
  });

  it('leaves plain Markdown alone: tables, real footnotes, code showing a tag', () => {
    const body = '| 列 | 列 |\n|---|---|\n| a | b |\n\n正文[^1]\n\n[^1]: 脚注\n\n`{% table %}`\n\n```\n{% if x %}\n```\n';
    expect(findMarkdocResidue(body)).toEqual([]);
  });
});
