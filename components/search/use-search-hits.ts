'use client';

import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/types';
import type { IndexState } from './use-search-index';

export interface Answer {
  query: string;
  hits: SearchHit[];
  failed: boolean;
}

const NONE: Answer = { query: '', hits: [], failed: false };

/**
 * The latest answer, and whether the current query is still waiting for its own (its shards on the
 * way): the previous results stay on screen meanwhile. An answer that arrives after the reader typed
 * on is dropped, so results never jump back to an older query.
 */
export function useSearchHits(index: IndexState, query: string): [Answer, boolean] {
  const [answer, setAnswer] = useState<Answer>(NONE);
  useEffect(() => {
    if (index.status !== 'ready' || !query) return;
    let current = true;
    index.searcher
      .search(query)
      .then((hits) => current && setAnswer({ query, hits, failed: false }))
      .catch(() => current && setAnswer({ query, hits: [], failed: true }));
    return () => {
      current = false;
    };
  }, [index, query]);
  if (!query) return [NONE, false];
  return [answer, index.status === 'ready' && answer.query !== query];
}
