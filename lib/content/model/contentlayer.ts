import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files';
import type { ContentModel, Field, Fields, ObjectField } from './define';
import { contentModels, translationModels } from './index';
import type { TranslationModel } from './translation';

// contentlayer's document types, derived from the declarations: the config only lists them.
// contentlayer checks presence and basic types; ./zod checks everything else before a build.

type FieldDefs = Parameters<typeof defineNestedType>[0] extends () => infer D ? D extends { fields?: infer F } ? F : never : never;

/** One nested type per name (Quote, Position, Link), shared by an original and its translation. */
const nested = new Map<string, ReturnType<typeof defineNestedType>>();
function nestedType(field: ObjectField) {
  const existing = nested.get(field.name);
  if (existing) return existing;
  const made = defineNestedType(() => ({ name: field.name, fields: fieldDefs(field.fields) }));
  nested.set(field.name, made);
  return made;
}

function fieldDef(field: Field): Record<string, unknown> {
  const required = field.required ? { required: true } : {};
  switch (field.kind) {
    case 'integer':
      return { type: 'number', ...required };
    case 'boolean':
      return { type: 'boolean', ...required, ...(field.default === undefined ? {} : { default: field.default }) };
    case 'date':
      return { type: 'date', ...required };
    case 'enum':
      return { type: 'enum', options: [...field.values], ...required };
    case 'list':
      return { type: 'list', of: field.of.kind === 'object' ? nestedType(field.of) : fieldDef(field.of), ...required };
    case 'object':
      return { type: 'nested', of: nestedType(field), ...required };
    case 'timezone':
      return { type: 'string', ...required, ...(field.default === undefined ? {} : { default: field.default }) };
    default:
      return { type: 'string', ...required };
  }
}

const fieldDefs = (fields: Fields) =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldDef(field)])) as unknown as FieldDefs;

const lastSegment = (path: string) => path.split('/').pop() ?? '';
const baseName = (path: string) => lastSegment(path).replace(/(\.en)?\.md$/, '');

/** The slug is the file name (the folder name for an event); a session also takes its event from its folder. */
function computed(type: ContentModel['type']) {
  const slug = {
    type: 'string',
    resolve: (doc: { _raw: { sourceFileDir: string; sourceFilePath: string } }) =>
      type === 'event' ? (doc._raw.sourceFileDir.split('/')[1] ?? '') : baseName(doc._raw.sourceFilePath),
  } as const;
  if (type !== 'session') return { slug } as Record<string, typeof slug>;
  const event = {
    type: 'string',
    resolve: (doc: { _raw: { sourceFileDir: string } }) => doc._raw.sourceFileDir.split('/')[1] ?? '',
  } as const;
  return { slug, event } as Record<string, typeof slug>;
}

const documentType = (model: ContentModel | TranslationModel) =>
  defineDocumentType(() => ({
    name: model.name,
    filePathPattern: model.filePathPattern,
    contentType: 'markdown',
    fields: fieldDefs(model.fields),
    computedFields: computed(model.type),
  }));

/** Originals first: contentlayer gives a file to the first type whose pattern matches it. */
export const documentTypes = [
  ...Object.values(contentModels).map(documentType),
  ...Object.values(translationModels).map(documentType),
];
