import type { SourceFile } from './source-files';

/**
 * Slugs the site's own pages take (content-contract.md, "URLs"): /events/series/… and /events/city/…
 * are the archive's filters, /speakers/letter/… a long roster's pages by initial.
 */
export const RESERVED_SLUGS = { event: ['series', 'city'], speaker: ['letter'] } as const satisfies Partial<Record<SourceFile['kind'], readonly string[]>>;

export type ReservedSlugCode = 'slug.reservedEvent' | 'slug.reservedSpeaker';

export interface ReservedSlugProblem {
  path: string;
  field: string;
  code: ReservedSlugCode;
  params: Record<string, string>;
}

/** An event folder or speaker file named like one of the site's own pages. */
export function checkReservedSlug(file: Pick<SourceFile, 'kind' | 'slug' | 'path'>): ReservedSlugProblem[] {
  if (file.kind === 'event' && (RESERVED_SLUGS.event as readonly string[]).includes(file.slug)) {
    return [{ path: file.path, field: 'slug', code: 'slug.reservedEvent', params: { slug: file.slug } }];
  }
  if (file.kind === 'speaker' && (RESERVED_SLUGS.speaker as readonly string[]).includes(file.slug)) {
    return [{ path: file.path, field: 'slug', code: 'slug.reservedSpeaker', params: { slug: file.slug } }];
  }
  return [];
}
