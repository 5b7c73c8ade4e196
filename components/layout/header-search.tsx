import { getRoutes, getT } from '@/lib/i18n/request';

/** A plain form to /search?q=…: it works on every page without any script. Hidden on /search itself. */
export function HeaderSearch() {
  const t = getT();
  const routes = getRoutes();
  return (
    <form
      role="search"
      action={routes.search()}
      method="get"
      data-header-search=""
      className="relative min-w-0 flex-1 sm:w-56 sm:flex-none"
    >
      <label htmlFor="header-search" className="sr-only">
        {t.search.label}
      </label>
      {/* The magnifier is the form's submit button, for pointer users and for HTML's rule that a form can be sent. */}
      <button
        type="submit"
        aria-label={t.nav.search}
        className="absolute top-1/2 left-1 inline-flex size-7 -translate-y-1/2 items-center justify-center rounded-md text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" strokeLinecap="round" />
        </svg>
      </button>
      <input
        id="header-search"
        type="search"
        name="q"
        enterKeyHint="search"
        placeholder={t.nav.searchPlaceholder}
        className="focus:border-accent-600 w-full rounded-lg border border-stone-300 bg-white py-1.5 pr-3 pl-9 text-[15px] text-stone-900 placeholder:text-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
