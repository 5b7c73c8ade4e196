import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/i18n/messages';
import { mirrorContent } from '@/lib/content/normalized-content';
import { hashTree } from '../../../support/tree-hash';

let root: string;
const content = () => join(root, 'content');
const copy = () => join(root, '.contentlayer/content');
const write = (path: string, bytes: string | Buffer) => {
  mkdirSync(join(content(), path, '..'), { recursive: true });
  writeFileSync(join(content(), path), bytes);
};
const SPEAKER = '---\nname: "陈巍"\nrole: "董事长"\n---\n\n简介\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'npcon-normalized-'));
  write('speakers/chen-wei.md', `\uFEFF${SPEAKER.replace(/\n/g, '\r\n')}`);
  write('events/e/index.md', '---\ntitle: x\n---\n');
  write('README.md', Buffer.from('\uFEFFnotes', 'utf16le'));
  write('speakers/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('mirrorContent', () => {
  it('copies the documents decoded (LF, no byte-order mark) and leaves content/ as it was', () => {
    const before = hashTree(content());
    expect(mirrorContent(root, content(), copy())).toEqual([]);
    expect(hashTree(content())).toBe(before);
    expect(readFileSync(join(copy(), 'speakers/chen-wei.md'), 'utf8')).toBe(SPEAKER);
    expect(readFileSync(join(copy(), 'events/e/index.md'), 'utf8')).toBe('---\ntitle: x\n---\n');
  });

  it('copies only what contentlayer reads: no notes for people, no images', () => {
    mirrorContent(root, content(), copy());
    expect(() => statSync(join(copy(), 'README.md'))).toThrow();
    expect(() => statSync(join(copy(), 'speakers/photo.png'))).toThrow();
  });

  it('rewrites only changed files (contentlayer caches by modification time) and removes deleted ones', () => {
    mirrorContent(root, content(), copy());
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(copy(), 'speakers/chen-wei.md'), old, old);
    write('events/e/index.md', '---\r\ntitle: y\r\n---\r\n');
    mirrorContent(root, content(), copy());
    expect(statSync(join(copy(), 'speakers/chen-wei.md')).mtime).toEqual(old);
    expect(readFileSync(join(copy(), 'events/e/index.md'), 'utf8')).toBe('---\ntitle: y\n---\n');
    rmSync(join(content(), 'events'), { recursive: true });
    mirrorContent(root, content(), copy());
    expect(() => statSync(join(copy(), 'events'))).toThrow();
  });

  it('reports an unreadable file in the check’s words and keeps its last good copy', () => {
    mirrorContent(root, content(), copy());
    write('speakers/chen-wei.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPEAKER, 'utf16le')]));
    const problems = mirrorContent(root, content(), copy()).map((problem) => formatProblem(problem));
    expect(problems).toEqual([expect.stringMatching(/^content\/speakers\/chen-wei\.md: \(file\): /)]);
    expect(readFileSync(join(copy(), 'speakers/chen-wei.md'), 'utf8')).toBe(SPEAKER);
  });
});
