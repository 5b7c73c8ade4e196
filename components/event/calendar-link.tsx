import { getT } from '@/lib/i18n/request';

/** The event's iCalendar file: calendar programs open it on download (with every timed session). */
export function CalendarLink({ href }: { href: string }) {
  const t = getT();
  return (
    <a
      href={href}
      type="text/calendar"
      data-print-hidden=""
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:border-accent-600 hover:text-accent-700 dark:border-stone-700 dark:text-stone-300 dark:hover:text-accent-300"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="3" y="5" width="18" height="16" rx="2" />
        <path d="M3 10h18M8 3v4M16 3v4M12 13v5M9.5 15.5h5" strokeLinecap="round" />
      </svg>
      {t.event.addToCalendar}
    </a>
  );
}
