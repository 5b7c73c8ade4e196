import { describe, expect, it } from 'vitest';
import { findMarkdocResidue, residueMessages } from '@/lib/admin/markdoc-residue';

describe('findMarkdocResidue', () => {
  it('finds a table saved as Markdoc tags, with its line', () => {
    const body = '\n## 数据\n\n{% table %}\n- 指标\n- 数值\n{% /table %}\n';
    expect(findMarkdocResidue(body).map((r) => [r.kind, r.line])).toEqual([
      ['markdoc-tag', 4],
      ['markdoc-tag', 7],
    ]);
  });

  it('finds a footnote saved as a link, and says how to write it', () => {
    const [residue] = findMarkdocResidue('正文[^1](#fn1)。');
    expect(residue?.kind).toBe('footnote-link');
    expect(residueMessages.zh['footnote-link'](residue!)).toBe('第 1 行的脚注 [^1](#fn1) 被存成了链接：请写成 [^1]，并在文末写 [^1]: 脚注内容');
    expect(residueMessages.en['footnote-link'](residue!)).toContain('line 1');
  });

  it('leaves plain Markdown alone: tables, real footnotes, code showing a tag', () => {
    const body = '| 列 | 列 |\n|---|---|\n| a | b |\n\n正文[^1]\n\n[^1]: 脚注\n\n`{% table %}`\n\n```\n{% if x %}\n```\n';
    expect(findMarkdocResidue(body)).toEqual([]);
  });
});
