import { fields } from '@keystatic/core';
import type { ContentModel, Field, ObjectField, ScalarField } from '../content/model';
import { contentModels } from '../content/model';
import { slugFromName, slugFromText } from '../content/pinyin-slug';
import { markdownBody } from './body-field';
import { topicField } from './topic-field';

// The admin's form fields, derived from the content declarations (lib/content/model): one place maps a
// declared field kind to a Keystatic field, with the declaration's Chinese label and help.

/** Slug fields that name a speaker: edited with a picker over the 嘉宾 collection. */
const PEOPLE = new Set(['speakers', 'moderator', 'panelists', 'speaker']);
/** Text fields long enough to deserve a text area. */
const LONG_TEXT = new Set(['summary', 'text', 'headline']);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = '只能用小写字母 a-z、数字和单个连字符，例如 chen-wei';
const HTTPS = /^https:\/\/[^\s/]+\S*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TOPIC = /^[^/\\?#%]+$/;

export interface FieldContext {
  /** Topic names already used, offered when typing a topic. */
  topics: readonly string[];
}

type KeystaticField = ReturnType<typeof fields.text> | ReturnType<typeof fields.array> | ReturnType<typeof fields.object>;

const describe = (field: Field) => field.help.zh;
const pattern = (regex: RegExp, message: string) => ({ pattern: { regex, message } });
/** Keystatic tests a pattern against an empty optional field too: let empty pass unless required. */
const rule = (regex: RegExp, message: string, required: boolean) =>
  pattern(required ? regex : new RegExp(`^$|${regex.source}`), message);

/** A boolean kept out of files that lack it: an existing file without `draft` opens unticked, a new entry starts ticked. */
function draftField(field: Field) {
  const checkbox = fields.checkbox({ label: field.label.zh, description: `${describe(field)}。新条目默认是草稿：确认无误后取消勾选即发布。`, defaultValue: true });
  return { ...checkbox, parse: (value: unknown) => value === true, reader: { parse: (value: unknown) => value === true } };
}

function scalarField(name: string, field: ScalarField, context: FieldContext, required = Boolean(field.required)): KeystaticField {
  const base = { label: field.label.zh, description: describe(field) };
  switch (field.kind) {
    case 'slug':
      if (PEOPLE.has(name)) return fields.relationship({ ...base, collection: 'speakers', validation: { isRequired: required } }) as unknown as KeystaticField;
      return fields.text({ ...base, validation: { isRequired: required, ...rule(SLUG, SLUG_MESSAGE, required) } });
    case 'topic':
      return topicField({ ...base, topics: context.topics, isRequired: required, regex: TOPIC }) as unknown as KeystaticField;
    case 'date':
      return fields.date({ ...base, validation: { isRequired: required } }) as unknown as KeystaticField;
    case 'time':
      return fields.text({ ...base, validation: { isRequired: required, ...rule(TIME, '写成 24 小时制的 HH:MM，例如 09:30', required) } });
    case 'url':
      return fields.text({ ...base, validation: { isRequired: required, ...rule(HTTPS, '要写完整的 https:// 地址，例如 https://example.com/talk', required) } });
    case 'integer':
      return fields.integer({ ...base, validation: { isRequired: required, min: field.min } }) as unknown as KeystaticField;
    case 'boolean':
      return (name === 'draft' ? draftField(field) : fields.checkbox({ ...base, defaultValue: field.default ?? false })) as unknown as KeystaticField;
    case 'enum':
      return fields.select({
        ...base,
        options: field.values.map((value) => ({ label: `${field.valueLabels[value]?.zh ?? value}（${value}）`, value })),
        defaultValue: field.values.includes('talk') ? 'talk' : field.values[0]!,
      }) as unknown as KeystaticField;
    case 'text': {
      const shape = field.pattern ? rule(new RegExp(field.pattern.regex), `例如 ${field.pattern.example}`, required) : {};
      return fields.text({ ...base, multiline: LONG_TEXT.has(name), validation: { isRequired: required, ...shape } });
    }
    default:
      // timezone, image: free text the content check verifies after saving.
      return fields.text({ ...base, validation: { isRequired: required } });
  }
}

function objectField(field: ObjectField, context: FieldContext) {
  return fields.object(
    Object.fromEntries(Object.entries(field.fields).map(([name, inner]) => [name, formField(name, inner, context)])),
    { label: field.label.zh, description: describe(field) },
  );
}

type ItemProps = { value?: unknown; fields?: Record<string, { value?: unknown }> };
/** A list item's line in the form: the value itself, or a quote's text, or a link's label. */
const itemLabel = (props: ItemProps): string =>
  String(props.value ?? props.fields?.text?.value ?? props.fields?.label?.value ?? '');

/** One declared field as a Keystatic field. */
export function formField(name: string, field: Field, context: FieldContext): KeystaticField {
  if (field.kind === 'object') return objectField(field, context);
  if (field.kind === 'list') {
    const element = field.of.kind === 'object' ? objectField(field.of, context) : scalarField(name, field.of, context, true);
    const min = field.min ?? (field.required ? 1 : undefined);
    return fields.array(element as Parameters<typeof fields.array>[0], {
      label: field.label.zh,
      description: describe(field),
      itemLabel: (props) => itemLabel(props as ItemProps),
      ...(min ? { validation: { length: { min } } } : {}),
    });
  }
  return scalarField(name, field, context);
}

/** The field that names the file: its value goes into the front matter, its pinyin becomes the slug. */
function slugField(model: ContentModel, name: string) {
  const field = model.fields[name]!;
  const generate = model.type === 'speaker' ? slugFromName : slugFromText;
  return fields.slug({
    name: { label: field.label.zh, description: describe(field), validation: { isRequired: true } },
    slug: {
      label: '文件名（也是网址）',
      description: '按拼音自动生成，第一次保存前可以修改；保存后它就是文件名和网址，不再改动。',
      generate,
      validation: pattern(SLUG, SLUG_MESSAGE),
    },
  });
}

/** Which field names the file, per document type. */
export const SLUG_FIELDS = { event: 'title', session: 'title', speaker: 'name' } as const;

/** Every field of a document type, in declared order, then the Markdown body. */
export function schemaFor(model: ContentModel, context: FieldContext) {
  const slug = SLUG_FIELDS[model.type];
  const entries = Object.entries(model.fields).map(([name, field]) => [name, name === slug ? slugField(model, name) : formField(name, field, context)]);
  return { ...Object.fromEntries(entries), body: markdownBody(model.body.zh, '正文用 Markdown 书写：## 小标题、- 列表、**加粗**、[链接](https://…)。表格和脚注按原样保存。') };
}

/** What the write path needs to know of a type: field order and which fields are plain dates. */
export function entryShape(model: ContentModel) {
  const plainKeys = new Set(Object.entries(model.fields).filter(([, field]) => field.kind === 'date').map(([name]) => name));
  return { order: Object.keys(model.fields), plainKeys };
}

export { contentModels };
