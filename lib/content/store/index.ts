import { editionContext, type EditionOptions } from './edition';
import { buildIndexes } from './indexes';
import { createPageGetters } from './pages';
import { createQueries } from './queries';
import type { ContentDocs } from './raw-documents';

export type * from './raw-documents';

/**
 * The documents as the site shows them: indexes built once, the queries over them and one getter per
 * page, in one edition (its URLs, its collation; ../editions gives it the documents in its language).
 * With includeDrafts false (production) drafts, and every session of a draft event, are absent.
 */
export function createContentStore(docs: ContentDocs, { includeDrafts, ...edition }: { includeDrafts: boolean } & EditionOptions) {
  const context = editionContext(edition);
  const queries = createQueries(buildIndexes(docs, { includeDrafts, edition: context }));
  return { locale: context.locale, ...queries, ...createPageGetters(queries, context) };
}

export type ContentStore = ReturnType<typeof createContentStore>;
