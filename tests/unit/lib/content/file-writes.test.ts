import { describe, expect, it } from 'vitest';
import { editedFileBytes, newFileBytes } from '@/lib/content/file-writes';

const FILE = '---\ntitle: "旧标题"\norder: 5\n---\n\n正文\n';
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const retitle = (text: string) => text.replace('旧标题', '新标题');

describe('newFileBytes', () => {
  it('writes UTF-8 without a byte-order mark, with LF', () => {
    const written = newFileBytes('---\r\ntitle: x\r\n---\r\n');
    expect(written.toString('utf8')).toBe('---\ntitle: x\n---\n');
    expect([...written.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('editedFileBytes', () => {
  it.each([
    ['LF', FILE],
    ['CRLF', FILE.replace(/\n/g, '\r\n')],
    ['a byte-order mark and CRLF', `\uFEFF${FILE.replace(/\n/g, '\r\n')}`],
    ['a byte-order mark and no final newline', `\uFEFF${FILE.trimEnd()}`],
  ])('keeps a file saved with %s as it was, but for the changed field', (_, saved) => {
    // The tool changes the text it read (decoded: LF, no mark).
    const read = saved.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(editedFileBytes(bytes(saved), retitle(read)).toString('utf8')).toBe(retitle(saved));
  });

  it('writes back an unchanged file byte for byte', () => {
    const saved = `\uFEFF---\r\ntitle: x\n---\r\nbody`;
    expect(editedFileBytes(bytes(saved), '---\ntitle: x\n---\nbody').toString('utf8')).toBe(saved);
  });

  it('in a file with mixed endings, touches only the changed lines, which take the most frequent ending', () => {
    const saved = '---\r\ntitle: a\r\norder: 1\n---\r\nbody\r\n';
    const edited = '---\ntitle: a\norder: 2\nkind: talk\n---\nbody\n';
    expect(editedFileBytes(bytes(saved), edited).toString('utf8')).toBe('---\r\ntitle: a\r\norder: 2\r\nkind: talk\r\n---\r\nbody\r\n');
  });

  it('adds and removes lines at the end', () => {
    expect(editedFileBytes(bytes('a\r\nb\r\n'), 'a\nb\nc\n').toString('utf8')).toBe('a\r\nb\r\nc\r\n');
    expect(editedFileBytes(bytes('a\r\nb\r\nc'), 'a\nb').toString('utf8')).toBe('a\r\nb');
    expect(editedFileBytes(bytes('a\r\nb'), 'a\nb\nc').toString('utf8')).toBe('a\r\nb\r\nc');
  });

  it('refuses to edit a file it cannot read', () => {
    expect(() => editedFileBytes(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]), 'x')).toThrow(/utf16/);
  });
});
