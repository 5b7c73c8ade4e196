import type { z } from 'zod';
import { contentModels, type Fields } from './model';
import { slugFromName, slugFromText } from './pinyin-slug';
import type { Finding, Hint, ProblemCode } from './problem';
import { didYouMean, suggestDate, suggestHttps } from './suggest';

// Turns zod's issues into findings an editor can act on: a code, the values it names, and the fix
// where one is likely. lib/i18n/messages words them.

/** `["quotes", 1, "speaker"]` → `quotes[1].speaker` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** What a written value is, for "must be X, but is Y": its kind and, for scalars, the value itself. */
function valueParams(value: unknown): { actual: string; value?: string } {
  if (value === null) return { actual: 'null' };
  if (Array.isArray(value)) return { actual: 'array' };
  if (typeof value === 'string') return { actual: 'string', value };
  if (typeof value === 'number' || typeof value === 'boolean') return { actual: typeof value, value: String(value) };
  return { actual: 'object' };
}

/** What the document already knows, so a hint can name the right value (a speaker's slug for their name). */
export interface IssueContext {
  /** The slug of the speaker an editor named by a non-slug (陈巍, Chen-Wei), if there is one. */
  speakerSlugFor?: (value: string) => string | undefined;
}

/** Each field's example, from the declarations, for "is required; add a line like …". */
const EXAMPLES = new Map<string, string>();
for (const model of Object.values(contentModels)) {
  for (const [name, field] of Object.entries(model.fields as Fields)) {
    if (field.example && field.required) EXAMPLES.set(name, field.example);
    if (field.kind === 'list' && field.of.kind === 'object') {
      for (const [inner, nested] of Object.entries(field.of.fields)) if (nested.example) EXAMPLES.set(inner, nested.example);
    }
  }
}

const lastKey = (issue: z.core.$ZodIssue): string => {
  const keys = issue.path.filter((key): key is string => typeof key === 'string');
  return keys[keys.length - 1] ?? '';
};

const YES = new Set(['yes', 'y', 'on', '是', '对']);
const NO = new Set(['no', 'n', 'off', '否', '不']);

/** The fix for a value of the wrong type, when the intended value is plain to see. */
function typeHint(issue: z.core.$ZodIssue & { code: 'invalid_type' }): Hint | undefined {
  const field = lastKey(issue);
  const { input, expected } = issue;
  if (input === null && expected !== 'array') return { code: 'empty-value' };
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return { code: 'quote-it', params: { value: String(input) } };
  }
  if (expected === 'number' && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
    return { code: 'unquote-it', params: { field, value: input.trim() } };
  }
  if (expected === 'boolean' && typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if (word === 'true' || word === 'false') return { code: 'unquote-it', params: { field, value: word } };
    if (YES.has(word)) return { code: 'write-true', params: { field } };
    if (NO.has(word)) return { code: 'write-false', params: { field } };
    return { code: 'write-boolean' };
  }
  if (expected === 'array' && typeof input === 'string') {
    const items = input.split(/[,，、;；]/).map((item) => item.trim()).filter(Boolean);
    return { code: 'write-as-list', params: { field, items } };
  }
  if (expected === 'array') return { code: 'list-syntax' };
  if (expected === 'object' && typeof input === 'string' && (field === 'quotes' || field === 'positions')) return { code: 'quote-lines' };
  return undefined;
}

/** A kind written as the site shows it (主旨演讲) or misspelled (keynot). */
function enumHint(input: unknown, values: string[]): Hint | undefined {
  if (typeof input !== 'string') return undefined;
  const labels = contentModels.session.fields.kind.valueLabels as Record<string, { zh: string; en: string }>;
  const typed = input.trim();
  const byLabel = values.find((value) => {
    const label = labels[value];
    return label !== undefined && (label.zh === typed || label.en.toLowerCase() === typed.toLowerCase() || (typed.length >= 2 && label.zh.startsWith(typed)));
  });
  if (byLabel) return { code: 'kind-label', params: { input, value: byLabel } };
  return didYouMean(input, values);
}

const PERSON_FIELDS = ['speaker', 'speakers', 'moderator', 'panelists'];

/** Hints for the rules ./model/zod states as refinements (dates, links, slugs). */
function refinementHint(issue: z.core.$ZodIssue, context: IssueContext): Hint | undefined {
  const input = (issue as { input?: unknown }).input;
  if (typeof input !== 'string') return undefined;
  const field = lastKey(issue);
  const suggestion =
    issue.message === 'not-date' ? suggestDate(input) : issue.message === 'not-https-url' ? suggestHttps(input) : undefined;
  if (suggestion) return { code: 'did-you-mean', params: { value: suggestion } };
  if (issue.message !== 'not-slug') return undefined;
  if (PERSON_FIELDS.includes(field)) {
    const known = context.speakerSlugFor?.(input);
    if (known) return { code: 'speaker-by-name', params: { input, slug: known } };
  }
  const slug = PERSON_FIELDS.includes(field) ? slugFromName(input) : slugFromText(input);
  return slug && slug !== input ? { code: 'did-you-mean', params: { value: slug } } : undefined;
}

const withHint = (finding: Finding, hint: Hint | undefined): Finding => (hint ? { ...finding, hint } : finding);

/** One zod issue as a finding, with the fix where one is likely. */
export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext = {}): Finding {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { code: 'required', params: { field: lastKey(issue), example: EXAMPLES.get(lastKey(issue)) } };
      return withHint({ code: 'wrong-type', params: { expected: issue.expected, ...valueParams(issue.input) } }, typeHint(issue));
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return withHint({ code: 'not-one-of', params: { values, ...valueParams(issue.input) } }, enumHint(issue.input, values));
    }
    case 'too_small':
      return { code: issue.message as ProblemCode, params: { min: Number(issue.minimum) } };
    case 'custom':
    case 'invalid_format': {
      const pattern = issue.message === 'pattern' ? patternExample(issue) : undefined;
      return withHint({ code: issue.message as ProblemCode, params: { example: pattern } }, refinementHint(issue, context));
    }
    default:
      return { code: issue.message as ProblemCode };
  }
}

/** The example of a text field's pattern, for "is not written like zh-CN". */
function patternExample(issue: z.core.$ZodIssue): string | undefined {
  for (const model of Object.values(contentModels)) {
    const field = (model.fields as Record<string, { kind: string; pattern?: { example: string } }>)[lastKey(issue)];
    if (field?.pattern) return field.pattern.example;
  }
  return undefined;
}

/** One finding per unknown key, so the field column names the misspelled key itself. */
export function unknownKeyFindings(
  issue: z.core.$ZodIssue,
  knownFields: readonly string[],
  structuralFields: readonly string[] = [],
): { field: string; finding: Finding }[] {
  if (issue.code !== 'unrecognized_keys') return [];
  const parent = fieldPath(issue.path);
  return issue.keys.map((key) => ({
    field: parent ? `${parent}.${key}` : key,
    finding:
      !parent && structuralFields.includes(key)
        ? { code: 'not-translatable' }
        : withHint({ code: 'unknown-field' }, didYouMean(key, knownFields) ?? chineseNameHint(key, knownFields) ?? draftHint(key)),
  }));
}

/** Editors sometimes name a field in Chinese, as the editors' guide labels it (or by a common synonym). */
const SYNONYMS: Record<string, string> = {
  序号: 'order', 嘉宾: 'speakers', 讲者: 'speakers', 主持: 'moderator', 金句: 'quotes', 观点: 'positions', 名字: 'name',
  原话: 'quotes', 职位: 'role', 公司: 'organization', 地点: 'venue', 主题: 'theme', 主办: 'organizers', 时间: 'start',
};
const FIELD_BY_CHINESE = new Map<string, string>(Object.entries(SYNONYMS));
for (const model of Object.values(contentModels)) {
  for (const [name, field] of Object.entries(model.fields)) if (!FIELD_BY_CHINESE.has(field.label.zh)) FIELD_BY_CHINESE.set(field.label.zh, name);
}

function chineseNameHint(key: string, knownFields: readonly string[]): Hint | undefined {
  const field = FIELD_BY_CHINESE.get(key.trim());
  return field && knownFields.includes(field) ? { code: 'field-names-english', params: { field } } : undefined;
}

/** Editors coming from other tools write these for a draft. */
const draftHint = (key: string): Hint | undefined =>
  ['published', 'status', 'hidden', 'private'].includes(key.toLowerCase()) ? { code: 'use-draft' } : undefined;
