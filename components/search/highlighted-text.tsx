import type { ReactNode } from 'react';
import type { Highlighted } from '@/lib/search/types';

interface HighlightedTextProps {
  value: Highlighted;
  /** [start, end) ranges of the text in another language than the page's, each set in a `lang` span. */
  langs?: [number, number, string][];
  /** Shown in place of each line break (the list separator of the page's language). */
  newline?: string;
}

const within = <T extends [number, number, ...unknown[]]>(ranges: T[], start: number, end: number): T | undefined =>
  ranges.find(([from, to]) => from <= start && end <= to);

/**
 * Text with the matched words set in <mark> and pieces in another language marked `lang`; built as
 * elements, never as HTML. The offsets are the text's own, so line breaks are replaced piece by piece.
 */
export function HighlightedText({ value, langs = [], newline }: HighlightedTextProps) {
  const cuts = [...new Set([0, value.text.length, ...value.marks.flat(), ...langs.flatMap(([start, end]) => [start, end])])].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  cuts.slice(0, -1).forEach((start, index) => {
    const end = cuts[index + 1]!;
    const slice = value.text.slice(start, end);
    const text = newline === undefined ? slice : slice.replace(/\n/g, newline);
    const marked = within(value.marks, start, end) ? (
      <mark key={`m${start}`} className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-300 dark:text-stone-950">
        {text}
      </mark>
    ) : (
      text
    );
    const lang = within(langs, start, end)?.[2];
    parts.push(
      lang ? (
        <span key={`l${start}`} lang={lang}>
          {marked}
        </span>
      ) : (
        marked
      ),
    );
  });
  return <>{parts}</>;
}
