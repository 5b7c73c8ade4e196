import { decodeContentFile } from './decode';

// The contract for every tool that writes content: a new file is UTF-8 without a byte-order mark,
// with LF; an existing file keeps its line endings and byte-order mark, and the lines a change does
// not touch keep their bytes.

/** The bytes of a file a tool creates. */
export const newFileBytes = (text: string): Buffer => Buffer.from(text.replace(/\r\n?/g, '\n'), 'utf8');

interface Line {
  text: string;
  ending: string;
}

/** The file's lines as `split('\n')` gives them, each with the ending the editor saved after it. */
function linesOf(raw: string): Line[] {
  const parts = raw.split(/(\r\n|\r|\n)/);
  const lines: Line[] = [];
  for (let index = 0; index < parts.length; index += 2) lines.push({ text: parts[index] ?? '', ending: parts[index + 1] ?? '' });
  return lines;
}

/**
 * The bytes of an editor's file after a tool changed its text (`edited`, LF or any endings): the
 * unchanged lines before and after the change keep their own endings, the changed lines take the
 * file's most frequent ending, and a byte-order mark stays. Throws for a file it cannot decode.
 */
export function editedFileBytes(original: Uint8Array, edited: string): Buffer {
  const decoded = decodeContentFile(original);
  if (!decoded.ok) throw new Error(`cannot edit a file saved as ${decoded.reason}`);
  const { bom, eol } = decoded.format;
  const before = linesOf(Buffer.from(original).toString('utf8').replace(/^\uFEFF/, ''));
  const after = edited.replace(/\r\n?/g, '\n').split('\n');
  let head = 0;
  while (head < Math.min(before.length, after.length) && before[head]?.text === after[head]) head++;
  let tail = 0;
  while (tail < Math.min(before.length, after.length) - head && before[before.length - 1 - tail]?.text === after[after.length - 1 - tail]) tail++;
  const lines: Line[] = [
    ...before.slice(0, head),
    ...after.slice(head, after.length - tail).map((text) => ({ text, ending: eol })),
    ...before.slice(before.length - tail),
  ];
  const text = lines.map((line, index) => line.text + (index === lines.length - 1 ? '' : line.ending || eol)).join('');
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}
