import { pinyin } from 'pinyin-pro';

/** Longest slug generated from a title; a talk's title in pinyin is long, an address should not be. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A slug for a name or title: Chinese in toneless pinyin (surnames read as surnames, ü as v),
 * Latin words kept, everything else a hyphen. 王五 → wang-wu, 美团视觉GPU推理 → mei-tuan-shi-jue-gpu-tui-li.
 */
export function slugFromText(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const syllables = pinyin(text.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    v: true,
    surname: 'head',
    nonZh: 'consecutive',
  });
  const slug = syllables
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-'),
    )
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return truncateSlug(slug, maxLength);
}

/** Cuts at the last hyphen that keeps it within maxLength, so no syllable is split. */
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
}
