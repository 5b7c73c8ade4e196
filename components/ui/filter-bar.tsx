import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import type { FilterLink } from '@/lib/content/types';

interface FilterBarProps {
  label?: string;
  links: (Pick<FilterLink, 'url' | 'current'> & { text: ReactNode })[];
}

/** A row of links to a listing's pages, the one shown marked for every reader (aria-current). */
export function FilterBar({ label, links }: FilterBarProps) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
      {label ? <span className="w-16 shrink-0 text-sm font-semibold text-stone-600 dark:text-stone-400">{label}</span> : null}
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.url}>
            <Link
              href={link.url}
              aria-current={link.current ? 'page' : undefined}
              className="inline-block rounded-full border border-stone-300 px-3 py-1 text-sm text-stone-800 hover:border-accent-600 aria-[current=page]:border-accent-700 aria-[current=page]:bg-accent-700 aria-[current=page]:text-white dark:border-stone-700 dark:text-stone-200 dark:aria-[current=page]:border-accent-300 dark:aria-[current=page]:bg-accent-300 dark:aria-[current=page]:text-stone-950"
            >
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
