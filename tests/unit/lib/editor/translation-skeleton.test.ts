import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/lib/content/source-files';
import { writeTranslationSkeleton } from '@/lib/editor/write-translation';

const root = mkdtempSync(join(tmpdir(), 'skeleton-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(import.meta.dirname, '../../../fixtures/translations/content'), join(root, 'content'), { recursive: true });

describe('npm run new -- translation', () => {
  it('writes only the translatable fields, each under the original words as a comment', () => {
    const result = writeTranslationSkeleton(root, 'content/speakers/wang-fang.md');
    expect(result).toEqual({ ok: true, path: 'content/speakers/wang-fang.en.md' });
    const text = readFileSync(join(root, 'content/speakers/wang-fang.en.md'), 'utf8');
    expect(text).toContain('# name: 王芳\nname: "【待填写】英文"');
    expect(text).toContain('# organization: 示例实验室\n');
    const parsed = readFrontMatter(text);
    expect('data' in parsed && Object.keys(parsed.data)).toEqual(['name', 'role', 'organization']);
    expect(text).not.toContain('\r');
  });

  it('repeats the speaker of each quote and position and keeps the lists in order', () => {
    rmSync(join(root, 'content/events/demo-2024/sessions/panel.en.md'));
    writeTranslationSkeleton(root, 'content/events/demo-2024/sessions/panel.md');
    const text = readFileSync(join(root, 'content/events/demo-2024/sessions/panel.en.md'), 'utf8');
    expect(text).toContain('quotes:\n  - speaker: "li-ming"\n    # 李明的原话。\n    text: "【待填写】英文"\n  - speaker: "wang-fang"');
    expect(text).toContain('takeaways:\n  # 第一点\n  - "【待填写】英文"\n  # 第二点');
    expect(text).not.toMatch(/^(kind|order|moderator|panelists|topics):/m);
  });

  it('refuses to overwrite, and names a path that is not an original', () => {
    expect(writeTranslationSkeleton(root, 'content/speakers/li-ming.md')).toMatchObject({ ok: false });
    expect(writeTranslationSkeleton(root, 'content/speakers/nobody.md')).toMatchObject({ ok: false });
    expect(writeTranslationSkeleton(root, undefined)).toMatchObject({ ok: false });
  });
});
