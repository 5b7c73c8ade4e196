'use client';

import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/types';
import type { IndexState } from './use-search-index';

export interface Answer {
  query: string;
  /** How many pages match the query; `hits` holds the first of them. */
  total: number;
  hits: SearchHit[];
  failed: boolean;
}

const NONE: Answer = { query: '', total: 0, hits: [], failed: false };

/**
 * The latest answer with its first `count` hits, and whether the current query is still waiting for its
 * own (its shards on the way): the previous results stay on screen meanwhile. An answer that arrives after
 * the reader typed on is dropped, so results never jump back to an older query.
 */
export function useSearchHits(index: IndexState, query: string, count: number): [Answer, boolean] {
  const [answer, setAnswer] = useState<Answer>(NONE);
  useEffect(() => {
    if (index.status !== 'ready' || !query) return;
    let current = true;
    index.searcher
      .page(query, count)
      .then(({ total, hits }) => current && setAnswer({ query, total, hits, failed: false }))
      .catch(() => current && setAnswer({ query, total: 0, hits: [], failed: true }));
    return () => {
      current = false;
    };
  }, [index, query, count]);
  if (!query) return [NONE, false];
  return [answer, index.status === 'ready' && answer.query !== query];
}
