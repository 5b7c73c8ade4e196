import { textLang } from '../../locales';
import type { Routes } from '../../routes';
import type { EventSummary, EventsPage, FilterLink } from '../types';

/** What an /events page lists: every event, or those of one series, or those held in one city. */
export type EventFilter = { kind: 'series'; slug: string } | { kind: 'city'; slug: string };

/** Newest year first; the events keep their order (newest first) within a year. */
export function groupEventsByYear(events: EventSummary[]): EventsPage['years'] {
  const years: EventsPage['years'] = [];
  for (const event of [...events].sort((a, b) => b.date.localeCompare(a.date))) {
    const year = event.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}

/** One link per distinct value, in order of first appearance (newest event first), with its count. */
function links(
  events: EventSummary[],
  key: (event: EventSummary) => string,
  name: (event: EventSummary) => Pick<FilterLink, 'name' | 'lang'>,
  url: (slug: string) => string,
  current: string | undefined,
): FilterLink[] {
  const found = new Map<string, FilterLink>();
  for (const event of events) {
    const slug = key(event);
    const link = found.get(slug);
    if (link) link.count += 1;
    else found.set(slug, { slug, ...name(event), url: url(slug), count: 1, current: slug === current });
  }
  return [...found.values()];
}

/**
 * An /events page: the events it lists grouped by year, and the filter links (every series, every
 * city, and "all") with the page shown marked. Undefined for a series or city no event has.
 */
export function eventsArchive(
  events: EventSummary[],
  { routes, seriesName, filter }: { routes: Routes; seriesName: (series: string) => string; filter?: EventFilter },
): EventsPage | undefined {
  const matches = (event: EventSummary) =>
    !filter || (filter.kind === 'series' ? event.series === filter.slug : event.citySlug === filter.slug);
  const shown = events.filter(matches);
  if (filter && shown.length === 0) return undefined;
  const series = links(events, (event) => event.series, (event) => ({ name: seriesName(event.series) }), routes.eventsBySeries, filter?.kind === 'series' ? filter.slug : undefined);
  const cities = links(events, (event) => event.citySlug, (event) => ({ name: event.city, ...(textLang(event, 'city') ? { lang: textLang(event, 'city') } : {}) }), routes.eventsByCity, filter?.kind === 'city' ? filter.slug : undefined);
  const chosen = filter && (filter.kind === 'series' ? series : cities).find((link) => link.current);
  const url = !filter ? routes.events() : filter.kind === 'series' ? routes.eventsBySeries(filter.slug) : routes.eventsByCity(filter.slug);
  return {
    url,
    ...(filter && chosen ? { filter: { kind: filter.kind, name: chosen.name, ...(chosen.lang ? { lang: chosen.lang } : {}) } } : {}),
    eventCount: shown.length,
    years: groupEventsByYear(shown),
    filters: {
      all: { slug: '', name: '', url: routes.events(), count: events.length, current: !filter },
      series,
      cities,
    },
  };
}
