'use client';

import {
  useCallback,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { dictionary, type Locale } from '@/lib/i18n';
import { routesFor } from '@/lib/routes';
import type { TopicSummary } from '@/lib/content/types';
import { MoreResults } from './more-results';
import { SearchResults } from './search-results';
import { TopicSuggestions } from './topic-suggestions';
import { useQueryParam } from './use-query-param';
import { useSearchHits } from './use-search-hits';
import { useSearchIndex } from './use-search-index';

interface SearchAppProps {
  indexUrl: string;
  /** The page's edition: its words and its search page's address. */
  locale: Locale;
  /** Offered before the reader types and when nothing matched. */
  topics: TopicSummary[];
}

/** Marks a keystroke and measures until its results are on screen (read by the search benchmark). */
const KEYSTROKE = 'search:keystroke';
export const KEYSTROKE_TO_RESULTS = 'search:keystroke-to-results';
/** Hits shown at first (more than a screen), and how many more each step down the list reads. */
const RESULTS_STEP = 10;

export function SearchApp({ indexUrl, locale, topics }: SearchAppProps) {
  const t = dictionary(locale);
  const routes = routesFor(locale);
  const index = useSearchIndex(indexUrl);
  const [query, setQuery] = useQueryParam();
  const deferredQuery = useDeferredValue(query);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const trimmed = deferredQuery.trim();
  const [shown, setShown] = useState({ query: '', count: RESULTS_STEP });
  const count = shown.query === trimmed ? shown.count : RESULTS_STEP;
  const [answer, pending] = useSearchHits(index, trimmed, count);
  const hits = answer.hits;
  const more = useCallback(
    () => setShown({ query: trimmed, count: count + RESULTS_STEP }),
    [trimmed, count],
  );

  useEffect(() => {
    if (pending || !answer.query || performance.getEntriesByName(KEYSTROKE).length === 0) return;
    performance.measure(KEYSTROKE_TO_RESULTS, KEYSTROKE);
    performance.clearMarks(KEYSTROKE);
  }, [answer, pending]);

  const results = () => [
    ...(list.current?.querySelectorAll<HTMLAnchorElement>('[data-search-result]') ?? []),
  ];
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      results()[0]?.focus();
    }
  };
  const onResultKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const all = results();
    const at = all.indexOf(event.currentTarget);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape' || (move === -1 && at === 0)) {
      event.preventDefault();
      input.current?.focus();
    } else if (move) {
      event.preventDefault();
      all[Math.min(all.length - 1, Math.max(0, at + move))]?.focus();
    }
  };
  const onSubmit = (event: FormEvent) => {
    // Enter keeps the reader on this page and takes them to the first result; Enter again opens it.
    event.preventDefault();
    results()[0]?.focus();
  };

  const status = (() => {
    if (!trimmed) return '';
    if (index.status === 'loading') return t.search.loading;
    if (index.status === 'failed' || answer.failed) return t.search.failed;
    if (pending && !answer.query) return t.search.loading;
    return hits.length > 0
      ? t.search.resultCount(answer.total, answer.query)
      : t.search.noResults(answer.query);
  })();

  return (
    <div data-search-page="">
      <form
        role="search"
        action={routes.search()}
        method="get"
        onSubmit={onSubmit}
        className="relative flex gap-2"
      >
        <label htmlFor="search-query" className="sr-only">
          {t.search.label}
        </label>
        <input
          ref={input}
          id="search-query"
          type="search"
          name="q"
          value={query}
          onChange={(event) => {
            performance.mark(KEYSTROKE);
            setQuery(event.target.value);
          }}
          onKeyDown={onInputKeyDown}
          autoFocus
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t.search.placeholder}
          aria-describedby="search-hint"
          className="focus:border-accent-600 min-w-0 flex-1 rounded-xl border border-stone-300 bg-white px-4 py-3 text-lg text-stone-900 shadow-sm placeholder:text-stone-500 focus:outline-none focus-visible:outline-2 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"
        />
        <button
          type="submit"
          className="bg-accent-700 hover:bg-accent-800 shrink-0 rounded-xl px-4 font-medium text-white"
        >
          {t.nav.search}
        </button>
      </form>
      <p id="search-hint" className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {t.search.hint}
      </p>
      <p role="status" className="mt-6 text-[15px] font-medium text-stone-700 dark:text-stone-300">
        {status}
      </p>
      <div ref={list} className="mt-2">
        {hits.length > 0 ? (
          <SearchResults hits={hits} locale={locale} onKeyDown={onResultKeyDown} />
        ) : null}
        {!pending && hits.length > 0 && hits.length === count && answer.total > count ? (
          <MoreResults label={t.search.more} onMore={more} />
        ) : null}
        {!trimmed || (index.status === 'ready' && !pending && hits.length === 0) ? (
          <div className="mt-6">
            <TopicSuggestions
              topics={topics}
              label={trimmed ? t.search.tryTopics : t.search.suggestions}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
