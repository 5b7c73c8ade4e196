import { describe, expect, it } from 'vitest';
import { decodeContentFile } from '@/lib/content/decode';
import { unreadableFileProblem } from '@/lib/content/unreadable-file';
import { formatProblem } from '@/lib/i18n/messages';

const TEXT = '---\ntitle: "用好工具"\norder: 5\n---\n\n正文第一段\n第二行\n';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string, bom = true) => new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]));

describe('decodeContentFile', () => {
  it.each([
    ['LF', TEXT, { bom: false, eol: '\n' }],
    ['CRLF', TEXT.replace(/\n/g, '\r\n'), { bom: false, eol: '\r\n' }],
    ['a byte-order mark', `\uFEFF${TEXT}`, { bom: true, eol: '\n' }],
    ['a byte-order mark and CRLF', `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`, { bom: true, eol: '\r\n' }],
    ['old Mac CR', TEXT.replace(/\n/g, '\r'), { bom: false, eol: '\r' }],
  ])('reads %s as the same LF text, and remembers how it was saved', (_, saved, format) => {
    expect(decodeContentFile(utf8(saved))).toEqual({ ok: true, text: TEXT, format });
  });

  it('normalizes mixed line endings and names the most frequent one', () => {
    const mixed = '---\r\ntitle: x\r\norder: 1\n---\r\nbody';
    expect(decodeContentFile(utf8(mixed))).toEqual({ ok: true, text: '---\ntitle: x\norder: 1\n---\nbody', format: { bom: false, eol: '\r\n' } });
  });

  it('keeps a byte-order mark that is not at the start: it is text, not a mark', () => {
    const decoded = decodeContentFile(utf8('a\uFEFFb'));
    expect(decoded.ok && decoded.text).toBe('a\uFEFFb');
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', utf16le(TEXT), 'utf16'],
    ['UTF-16 BE with a byte-order mark', new Uint8Array(Buffer.from(Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16())), 'utf16'],
    ['UTF-16 LE without a byte-order mark', utf16le(TEXT, false), 'utf16'],
    ['UTF-32 LE', new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0, 0, 0]), 'utf32'],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
  ])('refuses %s', (_, bytes, reason) => {
    expect(decodeContentFile(bytes)).toMatchObject({ ok: false, reason });
  });

  it('refuses a file in a legacy code page and names the line to look at', () => {
    // 会议 in GBK, on the third line.
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('---\ntitle: x\n'), Buffer.from([0xbb, 0xe1, 0xd2, 0xe9]), Buffer.from('\n---\n')]));
    expect(decodeContentFile(bytes)).toEqual({ ok: false, reason: 'not-utf8', line: 3 });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeContentFile(new Uint8Array())).toEqual({ ok: true, text: '', format: { bom: false, eol: '\n' } });
  });
});

describe('unreadableFileProblem', () => {
  it('tells the editor what to do, in Chinese by default and in English when asked', () => {
    const zh = formatProblem(unreadableFileProblem('content/speakers/a.md', { ok: false, reason: 'utf16' }), 'zh');
    expect(zh).toMatch(/^content\/speakers\/a\.md: \(file\): 文件是 UTF-16 编码.*另存为.*UTF-8/);
    const en = formatProblem(unreadableFileProblem('content/speakers/a.md', { ok: false, reason: 'not-utf8', line: 4 }), 'en');
    expect(en).toMatch(/^content\/speakers\/a\.md: \(file\): line 4 .*not UTF-8.*save it as UTF-8/);
  });
});
