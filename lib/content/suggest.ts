import type { Hint } from './problem';

/** Edit distance, for "did you mean" hints on misspelled fields and slugs. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** A "did you mean" hint naming the closest candidate, when there is one. */
export const didYouMean = (word: string, candidates: Iterable<string>): Hint | undefined => {
  const match = closest(word, candidates);
  return match ? { code: 'did-you-mean', params: { value: match } } : undefined;
};

/** `2023/8/12`, `2023.8.12`, `2023年8月12日` → `2023-08-12`, when the digits make a real date. */
export function suggestDate(value: string): string | undefined {
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1) as [string, string, string];
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${candidate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(candidate) ? candidate : undefined;
}

/** `http://x` or `www.x/y` → `https://…`, the form a link field needs. */
export function suggestHttps(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^http:\/\/\S+$/i.test(trimmed)) return `https://${trimmed.slice(7)}`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(trimmed)) return `https://${trimmed}`;
  return undefined;
}

/** The usual reason a front-matter line cannot be read, and its fix; undefined when none is plain. */
export function yamlLineHint(line: string): Hint | undefined {
  if (/\t/.test(line)) return { code: 'yaml-tabs' };
  if (/^\s*[A-Za-z_]+\s*：/.test(line)) return { code: 'yaml-fullwidth-colon' };
  if (/^\s*[A-Za-z_]+:[^\s/]/.test(line)) return { code: 'yaml-space-after-colon' };
  if (/^\s*-[^\s-]/.test(line)) return { code: 'yaml-space-after-dash' };
  const field = /^\s*(?:- )?([A-Za-z_]+):\s+(.+)$/.exec(line);
  const value = field?.[2] ?? /^\s*-\s+(.+)$/.exec(line)?.[1];
  const example = field ? `${field[1]}: "…"` : '- "…"';
  if (value !== undefined) {
    const quote = value.trim()[0];
    if ((quote === '"' || quote === "'") && !value.trim().endsWith(quote)) return { code: 'yaml-close-quote', params: { quote } };
    if (/: |\s#|^[[{*&!|>%@`]/.test(value.trim())) return { code: 'yaml-quote-value', params: { example } };
  }
  return undefined;
}
