import { OutputFormat, pinyin, segment } from 'pinyin-pro';

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
  return truncateSlug(asSlug(syllables.join('-')), maxLength);
}

/** Latin letters without accents, lowercase, anything else a single hyphen. */
const asSlug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const HAS_CHINESE = /\p{Script=Han}/u;

/**
 * A person's slug as this site writes them: surname, hyphen, given name in one word.
 * 张路宇 → zhang-luyu, 欧阳娜娜 → ouyang-nana, 王五 → wang-wu; a Latin name as written (Owen Zhu → owen-zhu).
 */
export function slugFromName(name: string): string {
  const text = name.normalize('NFKC').trim();
  if (!HAS_CHINESE.test(text)) return slugFromText(text);
  // surname: 'head' reads the first word as a surname, compound ones (欧阳, 诸葛) included.
  const words = segment(text, { format: OutputFormat.AllSegment, toneType: 'none', v: true, surname: 'head', nonZh: 'consecutive' });
  const [surname, ...given] = words.map((word) => asSlug(word.result).replace(/-/g, ''));
  return [surname, given.join('')].filter(Boolean).join('-');
}

/** A place's slug, one word as in npcon-2023-beijing: 上海 → shanghai. */
export const slugFromPlace = (place: string): string => slugFromText(place).replace(/-/g, '');

/** Cuts at the last hyphen that keeps it within maxLength, so no syllable is split. */
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
}
