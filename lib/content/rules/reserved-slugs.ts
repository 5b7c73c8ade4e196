import type { Problem } from '../problem';
import type { SourceFile } from '../source-files';

/**
 * Slugs the site's own pages take (content-contract.md, "URLs"): /events/series/… and /events/city/…
 * are the archive's filters, /speakers/letter/… a long roster's pages by initial.
 */
export const RESERVED_SLUGS = { event: ['series', 'city'], speaker: ['letter'] } as const satisfies Partial<Record<SourceFile['kind'], readonly string[]>>;

/** An event folder or speaker file named like one of the site's own pages. */
export function checkReservedSlug(file: Pick<SourceFile, 'kind' | 'slug' | 'path'>): Problem[] {
  if (file.kind === 'event' && (RESERVED_SLUGS.event as readonly string[]).includes(file.slug)) {
    return [{ path: file.path, field: 'slug', code: 'slug-reserved-event', params: { slug: file.slug } }];
  }
  if (file.kind === 'speaker' && (RESERVED_SLUGS.speaker as readonly string[]).includes(file.slug)) {
    return [{ path: file.path, field: 'slug', code: 'slug-reserved-speaker', params: { slug: file.slug } }];
  }
  return [];
}
