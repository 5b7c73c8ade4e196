import { Link } from '@/components/ui/link';
import type { Pager } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';
import { absoluteUrl } from '@/lib/site';

/** `<link rel="prev|next">` for crawlers; React places them in the document's head. */
export function PagerLinks({ pager }: { pager: Pager }) {
  return (
    <>
      {pager.previous ? <link rel="prev" href={absoluteUrl(pager.previous)} /> : null}
      {pager.next ? <link rel="next" href={absoluteUrl(pager.next)} /> : null}
    </>
  );
}

/** Previous, each page by number, next: shown only when the list has more than one page. */
export function ListPager({ pager }: { pager: Pager }) {
  const t = getT();
  if (pager.pageCount < 2) return null;
  const step = 'rounded-md border border-stone-300 px-3 py-1.5 hover:border-accent-600 dark:border-stone-700';
  return (
    <nav aria-label={t.pager.label} className="mt-10 flex flex-wrap items-center gap-2 text-sm">
      {pager.previous ? (
        <Link href={pager.previous} rel="prev" className={step}>
          ← {t.pager.previous}
        </Link>
      ) : null}
      <ul className="flex flex-wrap gap-1.5">
        {pager.pages.map((entry) => (
          <li key={entry.page}>
            <Link
              href={entry.url}
              aria-current={entry.current ? 'page' : undefined}
              aria-label={t.pager.page(entry.page)}
              className={`${step} inline-block min-w-9 text-center aria-[current=page]:border-accent-700 aria-[current=page]:bg-accent-700 aria-[current=page]:text-white`}
            >
              {entry.page}
            </Link>
          </li>
        ))}
      </ul>
      {pager.next ? (
        <Link href={pager.next} rel="next" className={step}>
          {t.pager.next} →
        </Link>
      ) : null}
    </nav>
  );
}
