import { describe, expect, it } from 'vitest';
import { pageFromSegments, paginate, SESSIONS_PER_PAGE } from '@/lib/content/listing/pagination';

const url = (page: number) => (page === 1 ? '/topics/x' : `/topics/x/page/${page}`);
const items = Array.from({ length: 120 }, (_, index) => index);

describe('paginate', () => {
  it('cuts 50 to a page and links the pages around', () => {
    expect(SESSIONS_PER_PAGE).toBe(50);
    const first = paginate(items, 1, url);
    expect(first?.items).toHaveLength(50);
    expect(first?.pager).toMatchObject({ page: 1, pageCount: 3, next: '/topics/x/page/2' });
    expect(first?.pager.previous).toBeUndefined();
    const second = paginate(items, 2, url);
    expect(second?.items[0]).toBe(50);
    expect(second?.pager).toMatchObject({ previous: '/topics/x', next: '/topics/x/page/3' });
    const last = paginate(items, 3, url);
    expect(last?.items).toEqual(items.slice(100));
    expect(last?.pager.next).toBeUndefined();
    expect(last?.pager.pages.map((page) => [page.url, page.current])).toEqual([
      ['/topics/x', false],
      ['/topics/x/page/2', false],
      ['/topics/x/page/3', true],
    ]);
  });

  it('has no page past the last, and a short list is one page', () => {
    expect(paginate(items, 4, url)).toBeUndefined();
    expect(paginate(items, 0, url)).toBeUndefined();
    expect(paginate(items.slice(0, 50), 1, url)?.pager.pageCount).toBe(1);
    expect(paginate(items.slice(0, 51), 2, url)?.items).toEqual([50]);
  });
});

describe('pageFromSegments', () => {
  it('reads nothing as page 1 and page/<n> as n for n ≥ 2', () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments([])).toBe(1);
    expect(pageFromSegments(['page', '2'])).toBe(2);
    expect(pageFromSegments(['page', '12'])).toBe(12);
  });

  it('refuses page/1 (the first page has one address), zero, leading zeros and anything else', () => {
    for (const segments of [['page', '1'], ['page', '0'], ['page', '02'], ['page', 'x'], ['page'], ['pages', '2'], ['page', '2', 'x']]) {
      expect(pageFromSegments(segments)).toBeUndefined();
    }
  });
});
