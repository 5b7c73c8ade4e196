'use client';

import { useEffect, useState } from 'react';
import { openSearchIndex, type Searcher } from '@/lib/search/sharded';
import type { SearchManifest } from '@/lib/search/shard-format';

export type IndexState =
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'failed' };

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

/**
 * Fetches the index's small manifest as soon as the search page opens; each query then fetches only the
 * shards its words need (and the text of the hits it shows), from the folder beside the manifest.
 */
export function useSearchIndex(url: string): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const folder = url.replace(/[^/]*$/, '');
    readJson(url)
      .then((manifest) => {
        const searcher = openSearchIndex(manifest as SearchManifest, (path) =>
          readJson(`${folder}${path}`),
        );
        if (!cancelled) setState({ status: 'ready', searcher });
      })
      .catch(() => !cancelled && setState({ status: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [url]);
  return state;
}
