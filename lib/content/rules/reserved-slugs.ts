import type { Finding, Problem } from '../problem';
import type { SourceFile } from '../source-files';

/**
 * Slugs the site's own pages take (content-contract.md, "URLs"): /events/series/… and /events/city/…
 * are the archive's filters, /speakers/letter/… a long roster's pages by initial.
 */
export const RESERVED_SLUGS = { event: ['series', 'city'], speaker: ['letter'] } as const satisfies Partial<Record<SourceFile['kind'], readonly string[]>>;

type ReservingKind = keyof typeof RESERVED_SLUGS;
const CODES = { event: 'slug-reserved-event', speaker: 'slug-reserved-speaker' } as const satisfies Record<ReservingKind, Finding['code']>;

/** A slug the site's pages take for that kind of document; the check and the scaffolder say the same. */
export function reservedSlugFinding(kind: SourceFile['kind'], slug: string): Finding | undefined {
  if (kind !== 'event' && kind !== 'speaker') return undefined;
  return (RESERVED_SLUGS[kind] as readonly string[]).includes(slug) ? { code: CODES[kind], params: { slug } } : undefined;
}

/** An event folder or speaker file named like one of the site's own pages. */
export function checkReservedSlug(file: Pick<SourceFile, 'kind' | 'slug' | 'path'>): Problem[] {
  const finding = reservedSlugFinding(file.kind, file.slug);
  return finding ? [{ path: file.path, field: 'slug', ...finding }] : [];
}
