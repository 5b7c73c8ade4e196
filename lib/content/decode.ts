/**
 * The one way an editor's file becomes text, shared by the content check and the build's copy of
 * content/ (normalized-content.ts), so the two can never read a file differently. Windows editors
 * save CRLF and Notepad adds a byte-order mark: both are accepted and normalized away here. UTF-16,
 * other encodings and binary files cannot be read and come back as a reason instead.
 */

export type UnreadableReason = 'utf16' | 'utf32' | 'binary' | 'not-utf8';

export type LineEnding = '\n' | '\r\n' | '\r';

/** How the editor's file was saved, so a tool that edits it can write it back the same way. */
export interface TextFormat {
  bom: boolean;
  /** The file's line ending; in a file with mixed endings, the most frequent one (LF when it has none). */
  eol: LineEnding;
}

export type DecodedFile =
  | { ok: true; text: string; format: TextFormat }
  | { ok: false; reason: UnreadableReason; /** 1-based line of the first byte that is not UTF-8. */ line?: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** UTF-16 without a byte-order mark: ASCII text in it has a zero byte in every other position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  return Math.max(evenZeros, oddZeros) > half * 0.3 && Math.min(evenZeros, oddZeros) < half * 0.05;
}

export function dominantLineEnding(text: string): LineEnding {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The line of the first invalid UTF-8 sequence, for a message that says where to look. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    try {
      strictUtf8.decode(bytes.subarray(index, index + length));
    } catch {
      return line;
    }
    if (byte === 0x0a) line++;
    index += length;
  }
  return line;
}

/** Decodes an editor's file: UTF-8 with or without a byte-order mark, any line endings, becomes LF text. */
export function decodeContentFile(bytes: Uint8Array): DecodedFile {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'utf32' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return { ok: false, reason: 'utf16' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const bom = startsWith(bytes, UTF8_BOM);
  let raw: string;
  try {
    raw = strictUtf8.decode(bom ? bytes.subarray(UTF8_BOM.length) : bytes);
  } catch {
    return { ok: false, reason: 'not-utf8', line: firstInvalidLine(bytes) };
  }
  return { ok: true, text: raw.replace(/\r\n?/g, '\n'), format: { bom, eol: dominantLineEnding(raw) } };
}
