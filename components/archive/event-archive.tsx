import { Link } from '@/components/ui/link';
import type { EventsPage, FilterLink } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
import { getFormat, getT } from '@/lib/i18n/request';
import { DraftBadge } from '../ui/draft-badge';
import { FilterBar } from '../ui/filter-bar';
import { EventPlace } from '../event/event-place';

/** The series and city filters: plain links to static pages, so they work without scripts. */
export function EventFilters({ filters }: Pick<EventsPage, 'filters'>) {
  const t = getT();
  const text = (link: Pick<FilterLink, 'name' | 'count' | 'lang'>) => (
    <>
      <span lang={link.lang}>{link.name}</span> ({link.count})
    </>
  );
  return (
    <nav aria-label={t.archive.filters} className="mb-10 space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <FilterBar links={[{ ...filters.all, text: text({ name: t.archive.all, count: filters.all.count }) }]} />
      <FilterBar label={t.archive.series} links={filters.series.map((link) => ({ ...link, text: text(link) }))} />
      <FilterBar label={t.archive.city} links={filters.cities.map((link) => ({ ...link, text: text(link) }))} />
    </nav>
  );
}

/** Events by year, newest first: each with its date, place and summary. */
export function EventYears({ years }: Pick<EventsPage, 'years'>) {
  const t = getT();
  const format = getFormat();
  return (
    <div className="space-y-10">
      {years.map(({ year, events }) => (
        <section key={year} aria-labelledby={`year-${year}`} data-year={year}>
          <h2 id={`year-${year}`} className="mb-4 border-b border-stone-200 pb-2 text-xl font-bold text-stone-900 dark:border-stone-800 dark:text-stone-50">
            {t.archive.year(year)}
          </h2>
          <ul className="space-y-4">
            {events.map((event) => (
              <li key={event.slug} className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
                <h3 className="text-lg font-bold">
                  <Link href={event.url} lang={textLang(event, 'title')} className="text-stone-900 hover:text-accent-700 dark:text-stone-50 dark:hover:text-accent-300">
                    {event.title}
                  </Link>
                  <DraftBadge draft={event.draft} />
                </h3>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  <time dateTime={event.date}>{format.date(event.date)}</time> · <EventPlace event={event} />
                </p>
                <p lang={textLang(event, 'summary')} className="mt-2 text-stone-700 dark:text-stone-300">{event.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
