/** Palette of backgrounds that all carry white initials at WCAG AA contrast. */
const PALETTE = [
  '#1d4ed8',
  '#047857',
  '#b45309',
  '#be123c',
  '#6d28d9',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
] as const;

/** FNV-1a: the same slug always gets the same colour, on every build. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export const placeholderColor = (slug: string): string =>
  PALETTE[hash(slug) % PALETTE.length] ?? PALETTE[0];

// The same colours as classes, written out so Tailwind finds them: a style attribute would need
// 'unsafe-inline' in the Content-Security-Policy.
const PALETTE_CLASSES = [
  'bg-[#1d4ed8]',
  'bg-[#047857]',
  'bg-[#b45309]',
  'bg-[#be123c]',
  'bg-[#6d28d9]',
  'bg-[#0e7490]',
  'bg-[#4d7c0f]',
  'bg-[#a21caf]',
] as const satisfies { length: typeof PALETTE.length };

/** The placeholder colour of a slug as a background class (same index as placeholderColor). */
export const placeholderClass = (slug: string): string =>
  PALETTE_CLASSES[hash(slug) % PALETTE_CLASSES.length] ?? PALETTE_CLASSES[0];

const CJK = /\p{Script=Han}/u;

/** 陈巍 → 陈; Owen Zhu → OZ; CSDN 人工智能技术编辑团队 → C */
export function initials(name: string): string {
  const trimmed = name.trim();
  const first = [...trimmed][0] ?? '?';
  if (CJK.test(first)) return first;
  const words = trimmed
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word) && !CJK.test(word));
  return (
    words
      .slice(0, 2)
      .map((word) => [...word][0]?.toUpperCase())
      .join('') || first.toUpperCase()
  );
}
