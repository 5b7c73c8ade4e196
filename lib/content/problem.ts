import { FIELD_RULE_CODES } from './model/zod';

// What the check, the build, the preview and the scaffolder find wrong, as codes and parameters.
// lib/i18n/messages words each code in the editor's language; nothing here is English or Chinese.

export const PROBLEM_CODES = [
  ...FIELD_RULE_CODES,
  // reading the file
  'file-misplaced',
  'front-matter-missing',
  'front-matter-unclosed',
  'front-matter-unreadable',
  'front-matter-not-mapping',
  'file-utf16',
  'file-utf32',
  'file-not-utf8',
  'file-binary',
  // one field
  'required',
  'wrong-type',
  'not-one-of',
  'unknown-field',
  'not-translatable',
  'invalid',
  'slug-invalid',
  'placeholder',
  'avatar-missing',
  'end-without-start',
  'time-unquoted',
  'markdoc-tag',
  'footnote-link',
  'end-not-after-start',
  // across files (../rules)
  'order-taken',
  'unknown-event',
  'unknown-speaker',
  'unknown-speaker-name',
  'draft-speaker',
  'moderator-required',
  'one-moderator',
  'too-few-people',
  'moderator-not-roundtable',
  'panelists-not-roundtable',
  'listed-twice',
  'not-in-session',
  'file-exists',
  'speaker-exists',
  // a slug the site's own pages take (./rules/reserved-slugs)
  'slug-reserved-event',
  'slug-reserved-speaker',
  // a translation against its original (./rules/translations)
  'translation-orphan',
  'translation-list-length',
  'translation-speaker-differs',
  // the topic dictionary, content/topics.yml (./topics)
  'topics-unreadable',
  'topics-not-list',
  'topics-entry-shape',
  'topics-duplicate',
  'topics-bad-slug',
  'topics-unknown-topic',
  'topics-slug-taken',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The fix appended to a problem, where one is plain to see. */
export const HINT_CODES = [
  'did-you-mean',
  'did-you-mean-speaker',
  'did-you-mean-event',
  'known-events',
  'namesake',
  'add-speaker',
  'add-event',
  'quote-it',
  'unquote-it',
  'write-true',
  'write-false',
  'write-boolean',
  'write-as-list',
  'list-syntax',
  'quote-lines',
  'empty-value',
  'kind-label',
  'speaker-by-name',
  'field-names-english',
  'use-draft',
  'rename',
  'publish-speaker',
  'same-speaker',
  'other-slug',
  'next-free-order',
  'yaml-tabs',
  'yaml-fullwidth-colon',
  'yaml-space-after-colon',
  'yaml-space-after-dash',
  'yaml-close-quote',
  'yaml-quote-value',
] as const;
export type HintCode = (typeof HINT_CODES)[number];

export type Param = string | number | boolean | readonly string[] | undefined;
export type Params = Readonly<Record<string, Param>>;

export interface Hint {
  code: HintCode;
  params?: Params;
}

/** Something wrong, before it is worded: what the rules return. */
export interface Finding {
  code: ProblemCode;
  params?: Params;
  hint?: Hint;
}

/** One thing wrong in one editor's file, printed as `<path>: <field>: <message>`. */
export interface Problem extends Finding {
  /** The file, relative to the repository root, with forward slashes. */
  path: string;
  /** The front-matter field (`quotes[1].speaker`), or a pseudo-field such as `front matter`. */
  field: string;
}

export const sortProblems = (problems: Problem[]): Problem[] =>
  [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.field.localeCompare(b.field));
