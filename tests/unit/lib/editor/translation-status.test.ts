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

describe('translation status, committed line endings and a nested site', () => {
  // The site in a folder of a larger repository (a monorepo): paths are the site's, git's are the repository's.
  const repo = mkdtempSync(join(tmpdir(), 'translation-status-nested-'));
  const site = join(repo, 'site');
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const gitIn = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'core.autocrlf=false', ...args], { cwd: repo, stdio: 'ignore' });
  const put = (path: string, text: string) => writeFileSync(join(site, path), text);
  const state = (path: string) => translationStatus(site).find((status) => status.original === path)?.state;
  mkdirSync(join(site, 'content/speakers'), { recursive: true });
  put('content/speakers/li-ming.md', speaker('李明'));
  put('content/speakers/li-ming.en.md', '---\nname: Li Ming\n---\n');
  put('content/speakers/wang-fang.md', speaker('王芳'));
  gitIn('init', '-q');
  gitIn('add', '.');
  gitIn('commit', '-qm', 'first');

  it('reads the originals from git relative to the site, not to the repository', () => {
    expect(state('content/speakers/li-ming.md')).toBe('current');
  });

  it('a commit that only turns the original into CRLF (and adds a byte-order mark) leaves the translation current', () => {
    put('content/speakers/li-ming.md', `\uFEFF${speaker('李明').replace(/\n/g, '\r\n')}`);
    gitIn('commit', '-qam', 'original saved on Windows');
    expect(state('content/speakers/li-ming.md')).toBe('current');
  });

  it('an edit of the original after the translation makes it stale; the report lists it and the untranslated one', () => {
    put('content/speakers/li-ming.md', speaker('李明').replace('简介。', '新的简介。'));
    gitIn('commit', '-qam', 'original edited');
    expect(state('content/speakers/li-ming.md')).toBe('stale');
    const report = renderTranslationStatus(translationStatus(site)).join('\n');
    expect(report).toMatch(/content\/speakers\/li-ming\.md.*过期/);
    expect(report).toMatch(/content\/speakers\/wang-fang\.md.*未译/);
  });
});
