import { parse } from 'yaml';
import { patchFrontMatter } from './front-matter-patch';
import { renderField, type FieldValue, type StyleOptions } from './yaml-style';

// The admin's write path. Keystatic's browser app serializes a saved entry with js-yaml's dump (every
// field re-quoted, lists re-indented); the server merges that into the file on disk instead, so a save
// changes only what the editor changed. See docs/admin.md.

const BOM = '\uFEFF';
/** Keystatic's own front-matter split (0.6.9, required-files chunk): `---`, the fields, `---`. */
const FRONT_MATTER = /^---(?:\r?\n([^]*?))?\r?\n---(\r?\n)?/;

export interface EntryShape extends StyleOptions {
  /** Field order of the document type, for new files and fields a file did not have. */
  order: readonly string[];
}

interface SplitEntry {
  /** Everything up to the front matter's first field (`---` and its line break). */
  open: string;
  frontMatter: string;
  /** The closing `---` with its line break. */
  close: string;
  body: string;
}

function split(text: string): SplitEntry | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const frontMatter = match[1] ?? '';
  const open = match[1] === undefined ? '---' : text.slice(0, text.indexOf(frontMatter, 3));
  const close = match[0].slice(open.length + frontMatter.length);
  return { open, frontMatter, close, body: text.slice(match[0].length) };
}

/**
 * A file as the admin's browser app receives it. Keystatic 0.6.9 decodes the front matter without the
 * byte-order mark but cuts the body from the raw bytes, so a BOM would shift the body by three bytes
 * (a stray `-` at its start). The mark is left out here; mergeEntry puts it back from the file on disk.
 */
export function servedToAdmin(file: Uint8Array): Uint8Array {
  return file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
}

/** Bodies compared as a reader sees them: line endings and the blank lines around the text do not count. */
const sameBody = (a: string, b: string): boolean => {
  const normal = (body: string) => body.replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return normal(a) === normal(b);
};

const withEol = (text: string, eol: string): string => text.replace(/\r\n/g, '\n').replace(/\n/g, eol);

/** A new file in the repository's style: UTF-8 without BOM, LF, fields in the declared order. */
export function renderNewEntry(fields: Readonly<Record<string, unknown>>, body: string, shape: EntryShape): string {
  const keys = [...shape.order.filter((key) => key in fields), ...Object.keys(fields).filter((key) => !shape.order.includes(key))];
  const lines = keys
    .filter((key) => fields[key] !== undefined && fields[key] !== null && !(Array.isArray(fields[key]) && fields[key].length === 0))
    .flatMap((key) => renderField(key, fields[key] as FieldValue, '', shape));
  const text = body.replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return `---\n${lines.join('\n')}\n---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * `posted` is the file as the admin serialized it; `original` the file on disk (undefined for a new entry).
 * Returns the bytes to write: the original with only the changed fields (and body) replaced.
 */
export function mergeEntry(original: Uint8Array | undefined, posted: Uint8Array, shape: EntryShape): Uint8Array {
  const incoming = split(new TextDecoder().decode(posted));
  if (!incoming) throw new Error('the admin sent a file without front matter');
  const fields = (parse(incoming.frontMatter) ?? {}) as Record<string, unknown>;
  if (original === undefined) return new TextEncoder().encode(renderNewEntry(fields, incoming.body, shape));

  // ignoreBOM keeps the byte-order mark in the text, so it is written back exactly as it was.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(original);
  const bom = text.startsWith(BOM) ? BOM : '';
  const existing = split(text.slice(bom.length));
  if (!existing) throw new Error('the file on disk has no front matter');
  const eol = existing.open.endsWith('\r\n') ? '\r\n' : '\n';
  const frontMatter = patchFrontMatter(existing.frontMatter, fields, { ...shape, eol });
  const body = sameBody(existing.body, incoming.body) ? existing.body : withEol(incoming.body, eol);
  return new TextEncoder().encode(`${bom}${existing.open}${frontMatter}${existing.close}${body}`);
}
