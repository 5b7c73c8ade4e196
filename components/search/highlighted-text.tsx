import type { Highlighted } from '@/lib/search/types';

/** Text with the matched words set in <mark>; built as elements, never as HTML. */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-300 dark:text-stone-950"
      >
        {value.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
