import { buildIndexes } from './indexes';
import { createQueries } from './queries';
import type { ContentDocs } from './raw-documents';

export type * from './raw-documents';

export type { ContentQueries } from './queries';

/**
 * The documents as the site shows them: indexes built once and the queries over them (the page models
 * in lib/pages are made of these). With includeDrafts false (production) drafts, and every session of a
 * draft event, are absent.
 */
export function createContentStore(docs: ContentDocs, options: { includeDrafts: boolean }) {
  return createQueries(buildIndexes(docs, options));
}

export type ContentStore = ReturnType<typeof createContentStore>;
