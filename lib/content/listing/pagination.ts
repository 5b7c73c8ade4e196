import type { Pager } from '../types';

/** Sessions on one page of a topic; the contract's figure (content-contract.md, "URLs"). */
export const SESSIONS_PER_PAGE = 50;

/**
 * Page `page` (1-based) of `items`, with links to every page; undefined when there is no such page.
 * Page 1 is the list's own address; `pageUrl(n)` gives the others.
 */
export function paginate<T>(
  items: T[],
  page: number,
  pageUrl: (page: number) => string,
  size = SESSIONS_PER_PAGE,
): { items: T[]; pager: Pager } | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return {
    items: items.slice((page - 1) * size, page * size),
    pager: {
      page,
      pageCount,
      ...(page > 1 ? { previous: pageUrl(page - 1) } : {}),
      ...(page < pageCount ? { next: pageUrl(page + 1) } : {}),
      pages: Array.from({ length: pageCount }, (_, index) => ({ page: index + 1, url: pageUrl(index + 1), current: index + 1 === page })),
    },
  };
}

/**
 * The page number a route's segments name: none is page 1; `page/<n>` is n for n ≥ 2. `page/1` and
 * anything else name no page (the first page has one address only).
 */
export function pageFromSegments(segments: string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [word, number, ...rest] = segments;
  if (word !== 'page' || rest.length > 0 || !number || !/^[1-9]\d*$/.test(number)) return undefined;
  const page = Number(number);
  return page >= 2 ? page : undefined;
}
