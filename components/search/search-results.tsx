import { Link } from '@/components/ui/link';
import type { KeyboardEvent } from 'react';
import { dictionary, type Locale } from '@/lib/i18n';
import type { SearchHit } from '@/lib/search/types';
import { HighlightedText } from './highlighted-text';

const KIND_STYLES: Record<SearchHit['kind'], string> = {
  session: 'bg-accent-100 text-accent-800 dark:bg-accent-800 dark:text-accent-50',
  speaker: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  topic: 'bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100',
};

interface SearchResultsProps {
  locale: Locale;
  hits: SearchHit[];
  /** Arrow keys move between results; Escape returns to the search box. */
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

export function SearchResults({ hits, locale, onKeyDown }: SearchResultsProps) {
  const t = dictionary(locale);
  return (
    <ol aria-label={t.search.results} className="divide-y divide-stone-200 dark:divide-stone-800">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link
            href={hit.url}
            data-search-result=""
            onKeyDown={onKeyDown}
            className="group -mx-3 block rounded-lg px-3 py-4 hover:bg-stone-50 focus-visible:bg-stone-50 dark:hover:bg-stone-900 dark:focus-visible:bg-stone-900"
          >
            <span className="flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
              <span
                className={`rounded-md px-2 py-0.5 text-xs font-semibold ${KIND_STYLES[hit.kind]}`}
              >
                {t.search.kinds[hit.kind]}
              </span>
              <span className="min-w-0">{hit.context}</span>
            </span>
            <span lang={hit.langs?.title} className="group-hover:text-accent-700 dark:group-hover:text-accent-300 mt-1.5 block text-lg font-bold text-stone-900 dark:text-stone-50">
              <HighlightedText value={hit.title} />
            </span>
            {hit.people.text ? (
              <span className="mt-1 block text-[15px] text-stone-700 dark:text-stone-300">
                <HighlightedText value={hit.people} langs={hit.langs?.people} newline={t.listSeparator} />
              </span>
            ) : null}
            {hit.snippet?.text ? (
              <span lang={hit.langs?.text} className="mt-1.5 block text-[15px] leading-relaxed text-stone-600 dark:text-stone-400">
                <HighlightedText value={hit.snippet} />
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ol>
  );
}
