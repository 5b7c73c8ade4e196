'use client';

import { useEffect, useState } from 'react';
import { loadSearchIndex, type Searcher } from '@/lib/search/engine';
import type { SearchIndexFile } from '@/lib/search/types';

export type IndexState =
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'failed' };

/** Fetches the static index once, as soon as the search page opens, so the first keystroke finds it ready. */
export function useSearchIndex(url: string): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then((file) => !cancelled && setState({ status: 'ready', searcher: loadSearchIndex(file) }))
      .catch(() => !cancelled && setState({ status: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [url]);
  return state;
}
