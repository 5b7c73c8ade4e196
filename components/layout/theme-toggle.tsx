import { getT } from '@/lib/i18n/request';

/** Switches light and dark; the inline theme script does the work, and without scripts it stays hidden. */
export function ThemeToggle() {
  const t = getT();
  return (
    <button
      type="button"
      data-theme-toggle=""
      className="requires-js inline-flex size-10 items-center justify-center rounded-md text-stone-700 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
    >
      <span className="dark:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" strokeLinejoin="round" />
        </svg>
        <span className="sr-only">{t.reading.themeToDark}</span>
      </span>
      <span className="hidden dark:inline">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="4" />
          <path
            d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
            strokeLinecap="round"
          />
        </svg>
        <span className="sr-only">{t.reading.themeToLight}</span>
      </span>
    </button>
  );
}
