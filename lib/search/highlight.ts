import { normalize } from './tokenize';
import type { Highlighted, SearchDocument } from './types';

/** The text normalized character by character, with where each normalized unit came from. */
function normalizedWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = normalize(char);
    folded += piece;
    for (let index = 0; index < piece.length; index += 1) origin.push(offset);
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

/** Marks every occurrence of the matched terms; overlapping pairs (算力, 力芯, 芯片) merge into one mark. */
export function highlight(text: string, terms: string[]): Highlighted {
  const { folded, origin } = normalizedWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push([origin[at] ?? 0, origin[at + term.length] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const marks: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = marks[marks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else marks.push([start, end]);
  }
  return { text, marks };
}

/** Where a snippet may come from, in order of preference when several hold the same number of words. */
const SNIPPET_FIELDS = ['headline', 'summary', 'takeaways', 'quotes', 'body'] as const;
const BEFORE = 24;
const LENGTH = 110;

/** A window of the field that holds the most matched words, around the first of them. */
export function snippetOf(
  document: Partial<Pick<SearchDocument, (typeof SNIPPET_FIELDS)[number]>>,
  terms: string[],
): Highlighted {
  let best: Highlighted = { text: '', marks: [] };
  let bestCount = -1;
  for (const field of SNIPPET_FIELDS) {
    const text = document[field];
    if (!text) continue;
    const marked = highlight(text, terms);
    const folded = normalize(text);
    const count = terms.filter((term) => folded.includes(term)).length;
    if (count > bestCount) {
      best = marked;
      bestCount = count;
    }
  }
  return windowAround(best);
}

function windowAround({ text, marks }: Highlighted): Highlighted {
  const flat = text.replace(/\n/g, ' ');
  if (flat.length <= LENGTH) return { text: flat, marks };
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - BEFORE, flat.length - LENGTH));
  const end = Math.min(flat.length, start + LENGTH);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${flat.slice(start, end)}${suffix}`,
    marks: marks
      .filter(([markStart, markEnd]) => markEnd > start && markStart < end)
      .map(([markStart, markEnd]) => [
        Math.max(markStart, start) + shift,
        Math.min(markEnd, end) + shift,
      ]),
  };
}
