import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventFilters, EventYears } from '@/components/archive/event-archive';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTitle } from '@/components/ui/page-title';
import { MessageWith } from '@/components/ui/in-language';
import type { EventFilter } from '@/lib/content/listing/events-archive';
import { dictionary, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { editionPage } from '@/lib/seo/alternates';
import { eventsGraph } from '@/lib/seo/json-ld';
import { eventsMetadata } from '@/lib/seo/page-metadata';

// /events, /events/series/<series> and /events/city/<city>: one page, three routes per edition.

export interface SeriesParams {
  params: Promise<{ series: string }>;
}
export interface CityParams {
  params: Promise<{ city: string }>;
}

const filtersOf = (locale: Locale) => pagesFor(locale).getEventsPage()?.filters;
export const seriesParams = (locale: Locale) => (filtersOf(locale)?.series ?? []).map((link) => ({ series: link.slug }));
export const cityParams = (locale: Locale) => (filtersOf(locale)?.cities ?? []).map((link) => ({ city: link.slug }));

export const seriesFilter = async ({ params }: SeriesParams): Promise<EventFilter> => ({ kind: 'series', slug: (await params).series });
export const cityFilter = async ({ params }: CityParams): Promise<EventFilter> => ({ kind: 'city', slug: (await params).city });

export function eventsMetadataFor(locale: Locale, filter?: EventFilter): Metadata {
  const page = pagesFor(locale).getEventsPage(filter);
  return page ? eventsMetadata(page, locale) : {};
}

export function EventsPage({ locale, filter }: { locale: Locale; filter?: EventFilter }) {
  setRequestLocale(locale);
  const page = pagesFor(locale).getEventsPage(filter);
  if (!page) notFound();
  const t = dictionary(locale);
  return (
    <>
      <EditionBar paths={editionPage(page.url, locale).paths} />
      <div className="mx-auto max-w-4xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={eventsGraph(page, locale)} />
        <PageTitle
          title={
            page.filter ? (
              <MessageWith message={page.filter.kind === 'series' ? t.archive.seriesTitle : t.archive.cityTitle}>
                <span lang={page.filter.lang}>{page.filter.name}</span>
              </MessageWith>
            ) : (
              t.archive.title
            )
          }
          intro={page.filter ? t.archive.filteredIntro(page.eventCount) : t.archive.intro(page.eventCount)}
        />
        <EventFilters filters={page.filters} />
        <EventYears years={page.years} />
      </div>
    </>
  );
}
