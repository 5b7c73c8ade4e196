import { parse as parseYaml } from 'yaml';
import { SLUG_PATTERN } from '../slug';
import type { ContentModel, Field, Fields, Lang } from './define';
import { contentModels } from './index';
import { TIME_PATTERN } from './values';

// A JSON Schema (draft 2020-12) of each document type's front matter, for editors' tools and the web
// admin, derived from the declarations. It states every single-field rule of ./zod that a schema can
// state (dates are `format: date`, which a validator with formats checks as a real calendar day);
// rules across fields and files stay in the check.

const NOT_BLANK = '\\S';
const TOPIC = '^[^/\\\\?#%]*[^/\\\\?#%\\s][^/\\\\?#%]*$';
const HTTPS_URL = '^https://[^/?#\\s]+';
/** Inside public/: no scheme (`https:`), no `..` segment. */
const IMAGE_PATH = '^(?![A-Za-z]+:)(?!(?:.*/)?\\.\\.(?:/|$)).+$';
const ZONE = '^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$';

type Schema = Record<string, unknown>;

function example(field: Field): Schema {
  if (field.example === undefined) return {};
  try {
    return { examples: [parseYaml(field.example)] };
  } catch {
    return {};
  }
}

function valueSchema(field: Field, lang: Lang): Schema {
  switch (field.kind) {
    case 'text':
      return { type: 'string', minLength: 1, pattern: field.pattern?.regex ?? NOT_BLANK };
    case 'slug':
      return { type: 'string', pattern: SLUG_PATTERN.source };
    case 'topic':
      return { type: 'string', pattern: TOPIC };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN };
    case 'timezone':
      return { type: 'string', pattern: ZONE, ...(field.default ? { default: field.default } : {}) };
    case 'url':
      return { type: 'string', format: 'uri', pattern: HTTPS_URL };
    case 'image':
      return { type: 'string', pattern: IMAGE_PATH };
    case 'integer':
      return { type: 'integer', ...(field.min === undefined ? {} : { minimum: field.min }) };
    case 'boolean':
      return { type: 'boolean', ...(field.default === undefined ? {} : { default: field.default }) };
    case 'enum':
      return { type: 'string', enum: [...field.values] };
    case 'list':
      return { type: 'array', items: fieldSchema({ ...field.of }, lang), ...(field.min === undefined ? {} : { minItems: field.min }) };
    case 'object':
      return objectSchema(field.fields, lang);
  }
}

const fieldSchema = (field: Field, lang: Lang): Schema => ({
  title: field.label[lang],
  description: field.requiredWhen ? `${field.help[lang]} (${field.requiredWhen[lang]})` : field.help[lang],
  ...valueSchema(field, lang),
  ...example(field),
});

function objectSchema(fields: Fields, lang: Lang): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.entries(fields)
      .filter(([, field]) => field.required)
      .map(([name]) => name),
    properties: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldSchema(field, lang)])),
  };
}

/** The schema of one document type's front matter; the caller adds `$id` (the address it is served at). */
export function jsonSchemaOf(model: ContentModel, lang: Lang = 'zh'): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: lang === 'zh' ? `${model.label.zh}（content/${model.location}）` : `${model.label.en} (content/${model.location})`,
    description: lang === 'zh' ? `front matter 的字段；正文是${model.body.zh}` : `The front matter's fields; the body is ${model.body.en}`,
    ...objectSchema(model.fields, lang),
  };
}

export const jsonSchemas = Object.fromEntries(
  Object.entries(contentModels).map(([type, model]) => [type, jsonSchemaOf(model)]),
) as Record<ContentModel['type'], Schema>;
