import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { isEmptyValue, renderField, renderScalarLike, type FieldValue, type StyleOptions } from './yaml-style';

// Writes a form's values into existing front matter by editing only the source text of the values that
// changed: untouched fields keep their bytes (quotes, comments, order, line endings), a changed scalar keeps
// its quoting style, a changed list item changes only its line. Re-serializing the document instead
// (js-yaml's dump, or the yaml package's toString) would reformat lines nobody edited.

interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface PatchOptions extends StyleOptions {
  /** The document type's field order: where a field the file did not have is inserted. */
  order: readonly string[];
  /** The file's line ending, for lines written anew. */
  eol: string;
}

type Scalarish = string | number | boolean | null;
const isScalarValue = (value: unknown): value is Scalarish => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Edits that turn `node` (parsed from source) into `value`, or undefined when only rewriting the whole field can. */
function patchNode(node: Node | null, value: unknown, edits: Edit[]): boolean {
  if (isScalar(node) && isScalarValue(value) && node.range) {
    if (node.value === value) return true;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return false;
    edits.push({ start: node.range[0], end: node.range[1], text: renderScalarLike(value, node.type) });
    return true;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length && !node.flow) {
    return node.items.every((item, index) => patchNode(item as Node, value[index], edits));
  }
  if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value) && !node.flow) {
    const keys = node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
    const wanted = Object.keys(value);
    if (keys.length !== wanted.length || !wanted.every((key) => keys.includes(key))) return false;
    return node.items.every((pair) => patchNode(pair.value as Node, (value as Record<string, unknown>)[keys[node.items.indexOf(pair)]!], edits));
  }
  return false;
}

const lineStart = (source: string, offset: number): number => source.lastIndexOf('\n', offset - 1) + 1;
/** Offset of the line break ending the line that holds `offset` (before a `\r`), or the source's end. */
function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', Math.max(offset - 1, 0));
  if (newline === -1) return source.length;
  return source[newline - 1] === '\r' ? newline - 1 : newline;
}
/** Where a pair's text ends: the end of its value, or of its key when the value is empty. */
const pairEnd = (pair: Pair): number =>
  Math.max((pair.key as Node).range?.[1] ?? 0, (pair.value as Node | null)?.range?.[1] ?? 0);

/**
 * `source` is the front matter between the `---` lines; `next` the form's values. Fields equal to the
 * file's are not touched; a field the form left empty and the file lacks stays absent.
 */
export function patchFrontMatter(source: string, next: Readonly<Record<string, unknown>>, options: PatchOptions): string {
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`front matter does not parse: ${document.errors[0]!.message}`);
  const root = document.contents;
  if (root !== null && !isMap(root)) throw new Error('front matter is not a map of fields');
  const pairs = new Map<string, Pair>();
  for (const pair of root?.items ?? []) if (isPair(pair) && isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
  const current = (document.toJS() ?? {}) as Record<string, unknown>;
  const edits: Edit[] = [];
  const render = (key: string) => renderField(key, next[key] as FieldValue, '', options).join(options.eol);

  for (const [key, pair] of pairs) {
    const value = next[key];
    if (isDeepStrictEqual(current[key], value) || (isEmptyValue(value) && isEmptyValue(current[key]))) continue;
    const start = lineStart(source, (pair.key as Node).range![0]);
    const end = lineEnd(source, pairEnd(pair));
    if (isEmptyValue(value)) {
      // The whole line(s), with the line break after them.
      const after = source.indexOf('\n', end);
      // The last field has no line break after it: take the one before it instead.
      const before = start > 0 && source[start - 2] === '\r' ? start - 2 : start - 1;
      edits.push(after === -1 ? { start: Math.max(before, 0), end: source.length, text: '' } : { start, end: after + 1, text: '' });
      continue;
    }
    if (!patchNode(pair.value as Node | null, value, edits)) edits.push({ start, end, text: render(key) });
  }

  const added = Object.keys(next).filter((key) => !pairs.has(key) && !isEmptyValue(next[key]));
  for (const key of added) {
    // After the nearest earlier field of the declared order that the file has; else before the first one.
    const position = options.order.indexOf(key);
    const before = options.order.slice(0, Math.max(position, 0)).reverse().find((name) => pairs.has(name));
    if (before !== undefined) {
      const at = lineEnd(source, pairEnd(pairs.get(before)!));
      edits.push({ start: at, end: at, text: `${options.eol}${render(key)}` });
    } else if (pairs.size > 0) {
      const first = [...pairs.values()][0]!;
      const at = lineStart(source, (first.key as Node).range![0]);
      edits.push({ start: at, end: at, text: `${render(key)}${options.eol}` });
    } else {
      edits.push({ start: source.length, end: source.length, text: `${source.length > 0 ? options.eol : ''}${render(key)}` });
    }
  }

  // Applied from the end, so earlier offsets stay valid; insertions at one point keep their order.
  return edits
    .map((edit, index) => ({ ...edit, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
}
