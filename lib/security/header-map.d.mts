export const PAGE_HEADERS_FILE: string;
export const PAGE_HEADERS_FORMAT: 1;

export type HeaderSet = Record<string, string>;

export interface PageHeadersFile {
  format: typeof PAGE_HEADERS_FORMAT;
  /** The BUILD_ID of the build whose pages these headers were computed from. */
  buildId: string;
  /** Sent for every path that is not a prerendered page: the not-found page, assets. */
  fallback: HeaderSet;
  pages: Record<string, HeaderSet>;
}

export interface HeaderLookup {
  buildId: string;
  pageCount: number;
  headersFor(pathname: string): [string, string][];
}

export function normalisePath(pathname: string): string;
export function headerLookup(file: PageHeadersFile): HeaderLookup;
