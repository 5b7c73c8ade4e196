import { existsSync } from 'node:fs';
import { contentModels, type Lang } from '../content/model';
import { slugFromName } from '../content/pinyin-slug';
import { reservedSlugFinding, slugFinding } from '../content/rules';
import type { FieldSpec } from './field-spec';
import { question } from './questions';
import { messagesFor } from '../i18n/messages';

const model = contentModels.speaker;

export const speakerFields = (root: string, lang: Lang): FieldSpec[] => [
  question(model, 'name', lang, { optional: false }),
  question(model, 'role', lang),
  question(model, 'organization', lang),
  {
    key: 'slug',
    label: messagesFor(lang).scaffold.slugQuestion('file'),
    example: 'wang-wu',
    initial: (answers) => (answers.name ? slugFromName(answers.name) : undefined),
    check: (slug, answers, roster) => {
      const invalid = slugFinding(slug, 'file', true) ?? reservedSlugFinding('speaker', slug);
      if (invalid) return invalid;
      if (!roster.speakers.has(slug) && !existsSync(`${root}/content/speakers/${slug}.md`)) return undefined;
      const other = roster.speakers.get(slug)?.name ?? '';
      return {
        code: 'speaker-exists',
        params: { path: `content/speakers/${slug}.md`, name: other },
        hint: other === answers.name ? { code: 'same-speaker', params: { slug } } : { code: 'other-slug', params: { slug } },
      };
    },
  },
];
