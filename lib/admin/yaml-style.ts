import { parse } from 'yaml';

// The repository's front-matter style, as `npm run new` writes it: strings double-quoted (JSON
// escapes are YAML escapes), lists in block style indented two spaces, dates and numbers plain.

export type FieldValue = string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };

export interface StyleOptions {
  /** Fields written unquoted as YYYY-MM-DD, like `date: 2023-08-12`. */
  plainKeys?: ReadonlySet<string>;
}

/** One scalar as the repository writes it; `plain` keeps a calendar date unquoted. */
export function renderScalar(value: string | number | boolean | null, plain = false): string {
  if (typeof value === 'string') return plain && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
  return value === null ? 'null' : String(value);
}

/** A scalar in the style of the node it replaces, so a changed value keeps its quotes. */
export function renderScalarLike(value: string | number | boolean | null, style: string | undefined): string {
  if (typeof value !== 'string') return renderScalar(value);
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'PLAIN' && !value.includes('\n')) {
    // Plain only while it still reads back as the same string (not a number, date, list or comment).
    try {
      if (parse(`k: ${value}`)?.k === value) return value;
    } catch {
      // Not plain-safe: quoted below.
    }
  }
  return JSON.stringify(value);
}

/** Lines of `key: value` (or a block list / map under `key:`), at the given indent. */
export function renderField(key: string, value: FieldValue, indent = '', options: StyleOptions = {}): string[] {
  if (Array.isArray(value)) {
    return [`${indent}${key}:`, ...value.flatMap((item) => renderItem(item, `${indent}  `, options))];
  }
  if (value !== null && typeof value === 'object') {
    return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => renderField(k, v, `${indent}  `, options))];
  }
  return [`${indent}${key}: ${renderScalar(value as string | number | boolean | null, options.plainKeys?.has(key))}`];
}

function renderItem(item: FieldValue, indent: string, options: StyleOptions): string[] {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const lines = Object.entries(item).flatMap(([k, v]) => renderField(k, v, `${indent}  `, options));
    // `- speaker: "x"` then `  text: "…"`: the first key shares the dash's line.
    return lines.map((line, index) => (index === 0 ? `${indent}- ${line.slice(indent.length + 2)}` : line));
  }
  if (Array.isArray(item)) return [`${indent}- ${JSON.stringify(item)}`];
  return [`${indent}- ${renderScalar(item as string | number | boolean | null)}`];
}

/** A value the form leaves at its empty state: the same as a field the file does not have. */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
