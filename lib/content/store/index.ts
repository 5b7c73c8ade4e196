import { editionContext, type EditionOptions } from './edition';
import { buildIndexes } from './indexes';
import { createQueries } from './queries';
import type { ContentDocs } from './raw-documents';

export type * from './raw-documents';

export type { ContentQueries } from './queries';
export type { EditionContext } from './edition';

/**
 * The documents as the site shows them in one edition (its URLs, its collation; ../editions gives it the
 * documents in its language): indexes built once and the queries over them, with the edition's context
 * that the page models in lib/pages are made with. With includeDrafts false (production) drafts, and
 * every session of a draft event, are absent.
 */
export function createContentStore(docs: ContentDocs, { includeDrafts, ...edition }: { includeDrafts: boolean } & EditionOptions) {
  const context = editionContext(edition);
  const queries = createQueries(buildIndexes(docs, { includeDrafts, edition: context }));
  return { locale: context.locale, edition: context, ...queries };
}

export type ContentStore = ReturnType<typeof createContentStore>;
