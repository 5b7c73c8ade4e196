/** Lowercase ASCII letters and digits, words joined by single hyphens: `chen-wei`, `npcon-2023-beijing`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value);
