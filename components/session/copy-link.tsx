import { getT } from '@/lib/i18n/request';

/**
 * The page's own address. With scripts, the inline theme script copies it on click and swaps the label;
 * without them it is a plain permalink the reader can copy from the browser's menu.
 */
export function CopyLink({ href }: { href: string }) {
  const t = getT();
  return (
    <a
      href={href}
      data-copy-link=""
      data-print-hidden=""
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:border-accent-600 hover:text-accent-700 dark:border-stone-700 dark:text-stone-300 dark:hover:text-accent-300"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" strokeLinecap="round" />
        <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" strokeLinecap="round" />
      </svg>
      <span className="copy-label">{t.reading.copyLink}</span>
      <span className="copied-label" aria-live="polite">
        {t.reading.copied}
      </span>
    </a>
  );
}
