import type { TocEntry } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';

/** Links to the recap's sections, by their rehype-slug anchors; `lang`: the recap's language when it differs from the page's. */
export function TableOfContents({ entries, lang }: { entries: TocEntry[]; lang?: string }) {
  const t = getT();
  return (
    <nav aria-labelledby="toc" className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
      <h2 id="toc" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 dark:text-stone-400">
        {t.reading.toc}
      </h2>
      <ol className="space-y-1.5 text-[15px] leading-relaxed">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'pl-4' : ''}>
            <a
              href={`#${encodeURIComponent(entry.id)}`}
              lang={lang}
              className="text-stone-800 underline-offset-4 hover:text-accent-700 hover:underline dark:text-stone-200 dark:hover:text-accent-300"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
