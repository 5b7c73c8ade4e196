import { otherLocale, type Locale } from '@/lib/i18n';
import { getLocale, getT } from '@/lib/i18n/request';

/**
 * The same page in the other edition. A plain link: the editions have their own root layouts, so
 * switching is a full page load either way.
 */
export function LanguageSwitch({ paths }: { paths: Record<Locale, string> }) {
  const t = getT();
  const other = otherLocale(getLocale());
  return (
    <a
      href={paths[other]}
      hrefLang={other}
      data-language-switch=""
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium text-stone-700 hover:border-accent-600 hover:text-accent-700 dark:border-stone-700 dark:text-stone-300 dark:hover:text-accent-300"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
      </svg>
      <span className="sr-only">{t.edition.switchLabel}: </span>
      <span lang={other}>{t.edition.otherLanguage}</span>
    </a>
  );
}
