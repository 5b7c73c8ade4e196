import { existsSync } from 'node:fs';
import { contentModels, type Lang } from '../content/model';
import { isCalendarDate } from '../content/model/values';
import { slugFromPlace } from '../content/pinyin-slug';
import { latestEvent, reservedSlugFinding, slugFinding, type Roster } from '../content/rules';
import { isSlug } from '../content/slug';
import { suggestDate } from '../content/suggest';
import { messagesFor } from '../i18n/messages';
import { splitList, type FieldSpec } from './field-spec';
import { question } from './questions';

const model = contentModels.event;
const latest = (roster: Roster) => roster.events.get(latestEvent(roster) ?? '');

export const eventFields = (root: string, lang: Lang): FieldSpec[] => [
  question(model, 'title', lang),
  question(model, 'city', lang, { example: '上海' }),
  question(model, 'date', lang, {
    example: '2024-03-16',
    normalize: (value) => (isCalendarDate(value) ? value : (suggestDate(value) ?? value)),
    check: (value) => (isCalendarDate(value) ? undefined : { code: 'not-date' }),
  }),
  question(model, 'series', lang, {
    initial: (_, roster) => latest(roster)?.series || 'npcon',
    check: (value) => (isSlug(value) ? undefined : { code: 'not-slug' }),
  }),
  {
    key: 'slug',
    label: messagesFor(lang).scaffold.slugQuestion('folder'),
    example: 'npcon-2024-shanghai',
    initial: ({ series, date, city }) =>
      series && date && city ? `${series}-${date.slice(0, 4)}-${slugFromPlace(city)}` : undefined,
    check: (slug, _, roster) =>
      slugFinding(slug, 'folder') ??
      reservedSlugFinding('event', slug) ??
      (roster.events.has(slug) || existsSync(`${root}/content/events/${slug}/index.md`)
        ? { code: 'file-exists', params: { path: `content/events/${slug}/index.md` }, hint: { code: 'other-slug', params: { slug } } }
        : undefined),
  },
  question(model, 'organizers', lang, {
    initial: (_, roster) => latest(roster)?.organizers.join(','),
    check: (value) => (splitList(value).length > 0 ? undefined : { code: 'too-few-items', params: { min: 1 } }),
  }),
];
