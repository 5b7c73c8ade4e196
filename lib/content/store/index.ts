import { buildIndexes } from './indexes';
import { createPageGetters } from './pages';
import { createQueries } from './queries';
import type { ContentDocs } from './raw-documents';

export type * from './raw-documents';

/**
 * The documents as the site shows them: indexes built once, the queries over them and one getter per
 * page. With includeDrafts false (production) drafts, and every session of a draft event, are absent.
 */
export function createContentStore(docs: ContentDocs, options: { includeDrafts: boolean }) {
  const queries = createQueries(buildIndexes(docs, options));
  return { ...queries, ...createPageGetters(queries) };
}

export type ContentStore = ReturnType<typeof createContentStore>;
