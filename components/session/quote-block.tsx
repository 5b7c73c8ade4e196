import Link from 'next/link';
import type { AttributedText } from '@/lib/content/types';

/** A verbatim quote, set apart and attributed to the speaker's page. */
export function QuoteBlock({ quote }: { quote: AttributedText }) {
  return (
    <figure className="border-l-4 border-accent-600 py-1 pl-5 dark:border-accent-300">
      <blockquote className="text-[1.05rem] leading-[1.85] text-stone-800 dark:text-stone-200">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        —{' '}
        <Link href={quote.speaker.url} className="font-semibold text-stone-900 hover:underline dark:text-stone-100">
          {quote.speaker.name}
        </Link>
        ,{quote.speaker.organization}
      </figcaption>
    </figure>
  );
}
