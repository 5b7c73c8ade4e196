import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentDates, latestModified } from '@/lib/seo/content-dates';

const MTIME = new Date('2025-03-04T05:06:07Z');
let root: string;

function commit(message: string, date: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.com',
    GIT_AUTHOR_DATE: date,
  };
  const committer = {
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.com',
    GIT_COMMITTER_DATE: date,
  };
  execFileSync('git', ['add', '-A'], { cwd: root });
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: root,
    env: { ...env, ...committer },
  });
}

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), MTIME, MTIME);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'content-dates-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  write('content/speakers/a.md', 'first');
  write('content/speakers/b.md', 'first');
  commit('add a and b', '2024-01-01T10:00:00+08:00');
  write('content/speakers/a.md', 'second');
  commit('edit a', '2024-02-01T10:00:00+08:00');
  write('content/speakers/b.md', 'edited, not committed');
  write('content/speakers/new.md', 'never committed');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createContentDates', () => {
  it("reads a committed file's first and last commit from git", () => {
    expect(createContentDates(root)('content/speakers/a.md')).toEqual({
      published: '2024-01-01T10:00:00+08:00',
      modified: '2024-02-01T10:00:00+08:00',
    });
  });

  it('dates an uncommitted edit by the file, keeping its first publication', () => {
    expect(createContentDates(root)('content/speakers/b.md')).toEqual({
      published: '2024-01-01T10:00:00+08:00',
      modified: MTIME.toISOString(),
    });
  });

  it("falls back to the file's mtime for a file git does not know, or outside a repository", () => {
    expect(createContentDates(root)('content/speakers/new.md')).toEqual({
      published: MTIME.toISOString(),
      modified: MTIME.toISOString(),
    });
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(createContentDates(root)('content/speakers/a.md')).toEqual({
      published: MTIME.toISOString(),
      modified: MTIME.toISOString(),
    });
  });

  it('knows nothing of a file that does not exist', () =>
    expect(createContentDates(root)('content/nope.md')).toBeUndefined());
});

describe('latestModified', () => {
  const lookup = (path: string) =>
    ({
      a: { published: '2024-01-01T00:00:00Z', modified: '2024-05-01T12:00:00+08:00' },
      b: { published: '2024-01-01T00:00:00Z', modified: '2024-05-01T05:00:00Z' },
    })[path];

  it('picks the latest instant across time zones', () =>
    expect(latestModified(lookup, ['a', 'b', 'c'])).toBe('2024-05-01T05:00:00Z'));
  it('is undefined when no file has a date', () =>
    expect(latestModified(lookup, ['c'])).toBeUndefined());
});
