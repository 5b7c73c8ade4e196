import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. By default every link in view fetches its page's data once the page has
 * loaded: two requests per link (22 on a talk page), each parsed on the main thread while a phone is still
 * busy with the page itself (docs/benchmarks.md). Navigation stays client-side; a static page's data is
 * fetched on click instead, a few kB.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
