import { z } from 'zod';
import { avatarPathInPublic } from '../avatar-path';
import { isSlug } from '../slug';
import type { ContentModel, Field, Fields, ScalarField } from './define';
import { contentModels, translationModels } from './index';
import type { TranslationModel } from './translation';
import { isCalendarDate, isHttpsUrl, isTime, isTimeZone, TOPIC_FORBIDDEN } from './values';

// The per-file rules, derived from the declarations. Each refusal carries a problem code as its
// message (lib/i18n words it); rules across fields and files live in ../rules.

/** The codes the per-file rules use for what zod's own issue codes do not already say. */
export const FIELD_RULE_CODES = [
  'empty',
  'not-slug',
  'not-date',
  'not-time',
  'not-timezone',
  'not-https-url',
  'topic-chars',
  'not-image-path',
  'pattern',
  'too-few-items',
  'not-integer',
  'below-minimum',
] as const;
export type FieldRuleCode = (typeof FIELD_RULE_CODES)[number];

const text = z.string().trim().min(1, 'empty' satisfies FieldRuleCode);
const refined = (test: (value: string) => boolean, code: FieldRuleCode) => z.string().refine(test, { message: code });

function scalarRule(field: ScalarField): z.ZodType {
  switch (field.kind) {
    case 'text':
      return field.pattern ? text.regex(new RegExp(field.pattern.regex), 'pattern' satisfies FieldRuleCode) : text;
    case 'slug':
      return refined(isSlug, 'not-slug');
    case 'topic':
      return text.refine((value) => !TOPIC_FORBIDDEN.test(value), { message: 'topic-chars' satisfies FieldRuleCode });
    case 'date':
      return refined(isCalendarDate, 'not-date');
    case 'time':
      return refined(isTime, 'not-time');
    case 'timezone':
      return refined(isTimeZone, 'not-timezone');
    case 'url':
      return refined(isHttpsUrl, 'not-https-url');
    case 'image':
      return refined((value) => avatarPathInPublic(value) !== undefined, 'not-image-path');
    case 'integer': {
      const integer = z.number().int('not-integer' satisfies FieldRuleCode);
      return field.min === undefined ? integer : integer.min(field.min, 'below-minimum' satisfies FieldRuleCode);
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(field.values as [string, ...string[]]);
  }
}

function fieldRule(field: Field): z.ZodType {
  let rule: z.ZodType;
  if (field.kind === 'list') {
    const items = z.array(fieldRule({ ...field.of, required: true }));
    rule = field.min === undefined ? items : items.min(field.min, 'too-few-items' satisfies FieldRuleCode);
  } else if (field.kind === 'object') {
    rule = objectRule(field.fields);
  } else {
    rule = scalarRule(field);
  }
  return field.required ? rule : rule.optional();
}

export const objectRule = (fields: Fields) =>
  z.strictObject(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldRule(field)])));

export type FrontMatterRule = ReturnType<typeof objectRule>;

const rulesOf = (models: Record<string, ContentModel | TranslationModel>) =>
  Object.fromEntries(Object.entries(models).map(([type, model]) => [type, objectRule(model.fields)])) as Record<
    ContentModel['type'],
    FrontMatterRule
  >;

/** The front-matter rules of each original document type. */
export const fieldRules = rulesOf(contentModels);
/** The front-matter rules of each translation (`*.en.md`). */
export const translationRules = rulesOf(translationModels);
