import type { z } from 'zod';
import { didYouMean } from './suggest';

/** `["quotes", 1, "speaker"]` → `quotes[1].speaker` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of "name: value" fields',
};

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a group of fields';
}

/** Turns one zod issue into words an editor can act on, with the fix where one is likely. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      const hint =
        issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
          ? `; put it in quotes: "${String(issue.input)}"`
          : issue.expected === 'array'
            ? '; write it as [a, b] or as lines starting with "- "'
            : '';
      return `must be ${expected}, but is ${describeValue(issue.input)}${hint}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, but is ${describeValue(issue.input)}${
        typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : ''
      }`;
    case 'unrecognized_keys':
      return 'is not a field of this document';
    default:
      return issue.message;
  }
}

/** One problem per unknown key, so the field column names the misspelled key itself. */
export function unknownKeyMessages(
  issue: z.core.$ZodIssue,
  knownFields: readonly string[],
): { field: string; message: string }[] {
  if (issue.code !== 'unrecognized_keys') return [];
  const parent = fieldPath(issue.path);
  return issue.keys.map((key) => ({
    field: parent ? `${parent}.${key}` : key,
    message: `is not a field of this document${didYouMean(key, knownFields)}`,
  }));
}
