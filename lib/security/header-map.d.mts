export const PAGE_HEADERS_FILE: string;
export const PAGE_HEADERS_FORMAT: 2;

export type HeaderSet = Record<string, string>;

export interface PageHeadersFile {
  format: typeof PAGE_HEADERS_FORMAT;
  /** The BUILD_ID of the build whose pages these headers were computed from. */
  buildId: string;
  /** Sent for every path that is not a prerendered page: the not-found page, assets. */
  fallback: HeaderSet;
  pages: Record<string, HeaderSet>;
  /** The routes that never change within the build: server.mjs may replay their answers from memory. */
  staticRoutes: string[];
}

export interface HeaderLookup {
  buildId: string;
  pageCount: number;
  headersFor(pathname: string): [string, string][];
  isPage(pathname: string): boolean;
  isStaticRoute(pathname: string): boolean;
}

export function normalisePath(pathname: string): string;
export function headerLookup(file: PageHeadersFile): HeaderLookup;
