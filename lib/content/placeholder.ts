/**
 * The mark the scaffolder (npm run new) puts where an editor still has to write something.
 * The content check refuses it in a published file and lists it as a to-do in a draft.
 */
export const PLACEHOLDER_MARK = '待填写';
export const PLACEHOLDER_PREFIX = `【${PLACEHOLDER_MARK}】`;

export const placeholder = (what: string): string => `${PLACEHOLDER_PREFIX}${what}`;

export const hasPlaceholder = (text: string): boolean => text.includes(PLACEHOLDER_MARK);

/** Every string in the front matter that still holds the mark, by field path (`takeaways[1]`). */
export function placeholderFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return hasPlaceholder(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderFields(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, path ? `${path}.${key}` : key));
  }
  return [];
}
