import type { ContentModel, Lang } from '../content/model';
import type { FieldSpec } from './field-spec';

/** A field's example as typed on the command line: `"陈巍"` → `陈巍`, `[CSDN, 《新程序员》]` → `CSDN,《新程序员》`. */
const typed = (example = ''): string => example.replace(/^\[|\]$/g, '').replace(/"/g, '').replace(/,\s*/g, ',');

/** The scaffolder's question for a declared field: its label and help, in the editor's language, and its example. */
export function question(model: ContentModel, key: string, lang: Lang, more: Partial<FieldSpec> = {}): FieldSpec {
  const field = model.fields[key];
  if (!field) throw new Error(`${model.name} declares no field ${key}`);
  const label = lang === 'zh' ? `${field.label.zh}（${field.help.zh}）` : `${field.label.en} (${field.help.en})`;
  return { key, label, example: typed(field.example), ...(field.required ? {} : { optional: true }), ...more };
}
