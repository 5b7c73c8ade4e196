import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTranslationStatus, translationStatus } from '@/lib/editor/translation-status';

const root = mkdtempSync(join(tmpdir(), 'translation-status-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'ignore' });
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
const speaker = (name: string) => `---\nname: ${name}\nrole: 工程师\norganization: 公司\n---\n\n简介。\n`;
const stateOf = (path: string) => translationStatus(root).find((status) => status.original === path)?.state;

describe('translation status', () => {
  mkdirSync(join(root, 'content/speakers'), { recursive: true });
  write('content/speakers/li-ming.md', speaker('李明'));
  write('content/speakers/li-ming.en.md', '---\nname: Li Ming\n---\n');
  write('content/speakers/wang-fang.md', speaker('王芳'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first');

  it('says which originals have no translation', () => {
    expect(stateOf('content/speakers/li-ming.md')).toBe('current');
    expect(stateOf('content/speakers/wang-fang.md')).toBe('untranslated');
  });

  it('does not call a translation stale when only the line endings of the original changed', () => {
    write('content/speakers/li-ming.md', speaker('李明').replace(/\n/g, '\r\n'));
    expect(stateOf('content/speakers/li-ming.md')).toBe('current');
  });

  it('calls it stale once the original text changes after the translation, and current again once retranslated', () => {
    write('content/speakers/li-ming.md', speaker('李明明'));
    git('commit', '-qam', 'original changed');
    expect(stateOf('content/speakers/li-ming.md')).toBe('stale');
    expect(renderTranslationStatus(translationStatus(root)).join('\n')).toContain('content/speakers/li-ming.md');
    write('content/speakers/li-ming.en.md', '---\nname: Li Mingming\n---\n');
    git('commit', '-qam', 'translation updated');
    expect(stateOf('content/speakers/li-ming.md')).toBe('current');
  });
});
