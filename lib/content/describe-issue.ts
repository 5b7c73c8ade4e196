import type { z } from 'zod';
import { slugFromName, slugFromText } from '../editor/pinyin-slug';
import { zhCN } from '../i18n/zh-CN';
import { didYouMean, suggestDate, suggestHttps } from './suggest';

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

/** What the document already knows, so a hint can name the right value (a speaker's slug for their name). */
export interface IssueContext {
  /** The slug of the speaker an editor named by a non-slug (陈巍, Chen-Wei), if there is one. */
  speakerSlugFor?: (value: string) => string | undefined;
}

/** How a required field looks when written, for "is required" messages. */
const FIELD_EXAMPLES: Record<string, string> = {
  title: '"标题"',
  kind: 'talk',
  order: '1',
  summary: '"一段话的摘要"',
  topics: '[推理优化, GPU]',
  name: '"陈巍"',
  role: '"董事长"',
  organization: '"千芯科技"',
  series: 'npcon',
  city: '北京',
  date: '2023-08-12',
  organizers: '[CSDN]',
  speaker: 'chen-wei',
  text: '"原话"',
  label: '"个人主页"',
  url: 'https://example.com',
};

const lastKey = (issue: z.core.$ZodIssue): string => {
  const keys = issue.path.filter((key): key is string => typeof key === 'string');
  return keys[keys.length - 1] ?? '';
};

const YES = new Set(['yes', 'y', 'on', '是', '对']);
const NO = new Set(['no', 'n', 'off', '否', '不']);

/** The fix for a value of the wrong type, when the intended value is plain to see. */
function typeHint(issue: z.core.$ZodIssue & { code: 'invalid_type' }): string {
  const field = lastKey(issue);
  const { input, expected } = issue;
  if (input === null && expected !== 'array') return '; write the value after the colon, or remove the line if the field is optional';
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `; put it in quotes: "${String(input)}"`;
  }
  if (expected === 'number' && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
    return `; write it without quotes: ${field}: ${input.trim()}`;
  }
  if (expected === 'boolean' && typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if (word === 'true' || word === 'false') return `; write it without quotes: ${field}: ${word}`;
    if (YES.has(word)) return `; write ${field}: true`;
    if (NO.has(word)) return `; write ${field}: false, or remove the line`;
    return '; write true or false';
  }
  if (expected === 'array' && typeof input === 'string') {
    const items = input.split(/[,，、;；]/).map((item) => item.trim()).filter(Boolean);
    return `; write it as a list: ${field}: [${items.join(', ')}]`;
  }
  if (expected === 'array') return '; write it as [a, b] or as lines starting with "- "';
  if (expected === 'object' && typeof input === 'string' && field === 'quotes') {
    return '; each quote needs two lines: "- speaker: <slug>" and "  text: <the words>"';
  }
  return '';
}

/** A kind written as the site shows it (主旨演讲) or misspelled (keynot). */
function enumHint(input: unknown, values: string[]): string {
  if (typeof input !== 'string') return '';
  const kinds = zhCN.kinds as Record<string, string>;
  const byLabel = values.find((value) => kinds[value] === input.trim() || (input.length >= 2 && kinds[value]?.startsWith(input.trim())));
  if (byLabel) return `; "${input}" is how the site shows it, write ${byLabel}`;
  return didYouMean(input, values);
}

/** Hints for the rules ./model/zod states as refinements (dates, links, slugs). */
function refinementHint(issue: z.core.$ZodIssue, context: IssueContext): string {
  const input = (issue as { input?: unknown }).input;
  if (typeof input !== 'string') return '';
  const field = lastKey(issue);
  if (field === 'date') {
    const date = suggestDate(input);
    return date ? `; did you mean ${date}?` : '';
  }
  if (field === 'url' || field === 'slides' || field === 'video') {
    const url = suggestHttps(input);
    return url ? `; did you mean ${url}?` : '';
  }
  if (['speaker', 'speakers', 'moderator', 'panelists'].includes(field)) {
    const known = context.speakerSlugFor?.(input);
    if (known) return `; "${input}" names a speaker, write their slug: ${known}`;
  }
  if (['speaker', 'speakers', 'moderator', 'panelists', 'series'].includes(field)) {
    const slug = field === 'series' ? slugFromText(input) : slugFromName(input);
    return slug && slug !== input ? `; did you mean ${slug}?` : '';
  }
  return '';
}

/** The per-file rules' codes (../model/zod), in words. */
const FIELD_RULE_MESSAGES: Record<string, (min: number) => string> = {
  empty: () => 'is empty; fill it in or remove the field',
  'not-slug': () => 'is not a slug: use lowercase letters a-z, digits and single hyphens, e.g. chen-wei',
  'not-date': () => 'is not a real date written YYYY-MM-DD, e.g. 2023-08-12',
  'not-time': () => 'is not a time written HH:MM on a 24-hour clock, e.g. 09:30',
  'not-timezone': () => 'is not a time zone name, e.g. Asia/Shanghai',
  'not-https-url': () => 'must be a full https:// address, e.g. https://example.com/talk',
  'topic-chars': () => 'cannot contain / \\ ? # or %, since a topic name is part of its page address',
  'not-image-path': () => 'must be a path to an image inside public/, e.g. /avatars/chen-wei.jpg',
  pattern: () => 'is not written in the expected form',
  'too-few-items': (min) => `needs at least ${min} ${min === 1 ? 'item' : 'items'}`,
  'not-integer': () => 'must be a whole number',
  'below-minimum': (min) => `must be ${min} or more`,
};
const ruleMessage = (issue: z.core.$ZodIssue): string =>
  FIELD_RULE_MESSAGES[issue.message]?.(Number((issue as { minimum?: unknown }).minimum ?? 0)) ?? issue.message;

/** Turns one zod issue into words an editor can act on, with the fix where one is likely. */
export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext = {}): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const example = FIELD_EXAMPLES[lastKey(issue)];
        return example ? `is required; add a line like ${lastKey(issue)}: ${example}` : 'is required';
      }
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected}, but is ${describeValue(issue.input)}${typeHint(issue)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, but is ${describeValue(issue.input)}${enumHint(
        issue.input,
        issue.values.map(String),
      )}`;
    case 'unrecognized_keys':
      return 'is not a field of this document';
    case 'custom':
      return `${ruleMessage(issue)}${refinementHint(issue, context)}`;
    default:
      return ruleMessage(issue);
  }
}

/** One problem per unknown key, so the field column names the misspelled key itself. */
export function unknownKeyMessages(
  issue: z.core.$ZodIssue,
  knownFields: readonly string[],
  structuralFields: readonly string[] = [],
): { field: string; message: string }[] {
  if (issue.code !== 'unrecognized_keys') return [];
  const parent = fieldPath(issue.path);
  return issue.keys.map((key) => ({
    field: parent ? `${parent}.${key}` : key,
    message: !parent && structuralFields.includes(key)
      ? 'is not translated: a translation holds only translatable fields, this one comes from the original; remove it'
      : `is not a field of this document${didYouMean(key, knownFields) || chineseNameHint(key, knownFields) || draftHint(key)}`,
  }));
}

/** Editors sometimes name a field in Chinese, as the site labels it. */
const FIELD_BY_CHINESE: Record<string, string> = {
  标题: 'title', 类型: 'kind', 顺序: 'order', 序号: 'order', 嘉宾: 'speakers', 演讲嘉宾: 'speakers', 讲者: 'speakers',
  主持: 'moderator', 主持人: 'moderator', 圆桌嘉宾: 'panelists', 核心观点: 'headline', 摘要: 'summary', 话题: 'topics',
  要点: 'takeaways', 原话: 'quotes', 金句: 'quotes', 观点: 'positions', 幻灯片: 'slides', 视频: 'video', 草稿: 'draft',
  姓名: 'name', 名字: 'name', 职务: 'role', 职位: 'role', 单位: 'organization', 公司: 'organization', 头像: 'avatar',
  链接: 'links', 系列: 'series', 城市: 'city', 地点: 'venue', 会场: 'venue', 日期: 'date', 主题: 'theme', 主办: 'organizers',
  主办方: 'organizers',
};

function chineseNameHint(key: string, knownFields: readonly string[]): string {
  const field = FIELD_BY_CHINESE[key.trim()];
  return field && knownFields.includes(field) ? `; field names are English: write ${field}` : '';
}

/** Editors coming from other tools write these for a draft. */
const draftHint = (key: string): string =>
  ['published', 'status', 'hidden', 'private'].includes(key.toLowerCase()) ? '; to keep a file off the site, write draft: true' : '';
