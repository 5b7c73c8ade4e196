'use client';

import { useCallback, useEffect, useState } from 'react';

const fromLocation = () => new URLSearchParams(window.location.search).get('q') ?? '';

/**
 * The query lives in the URL (?q=), so a search can be shared and reloaded. Typing replaces the history
 * entry (no entry per keystroke); the back button returns to it from a result with the query intact.
 */
export function useQueryParam(): [string, (query: string) => void] {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const sync = () => setQuery(fromLocation());
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);
  const update = useCallback((next: string) => {
    setQuery(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    window.history.replaceState(
      window.history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
  }, []);
  return [query, update];
}
