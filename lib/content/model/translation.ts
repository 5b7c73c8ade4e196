import type { ContentModel, Fields, TranslatableFields } from './define';

/**
 * A translation (`index.en.md`, `<session>.en.md`, `<speaker>.en.md`, beside its original) holds only
 * the translatable fields of its original, all optional, and its body; structural fields come from the original.
 */
export interface TranslationModel<F = Fields> {
  type: ContentModel['type'];
  /** contentlayer's document type name: EventTranslation, SessionTranslation, SpeakerTranslation. */
  name: string;
  locale: 'en';
  /** The file name ending that marks a translation. */
  suffix: '.en.md';
  filePathPattern: string;
  original: ContentModel;
  fields: F;
}

export function translationOf<F extends Fields>(model: ContentModel<F>): TranslationModel<TranslatableFields<F>> {
  const fields = Object.fromEntries(
    Object.entries(model.fields)
      .filter(([, field]) => field.translatable)
      .map(([name, field]) => [name, { ...field, required: false }]),
  );
  return {
    type: model.type,
    name: `${model.name}Translation`,
    locale: 'en',
    suffix: '.en.md',
    filePathPattern: model.filePathPattern.replace('!(*.en).md', '*.en.md').replace(/index\.md$/, 'index.en.md'),
    original: model,
    fields: fields as TranslatableFields<F>,
  };
}
