import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalendarLink } from '@/components/event/calendar-link';
import { EventHero } from '@/components/event/event-hero';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { Agenda } from '@/components/session/agenda';
import { SpeakerGrid } from '@/components/speaker/speaker-grid';
import { ProseHtml } from '@/components/ui/prose-html';
import { SectionHeading } from '@/components/ui/section-heading';
import { contentFor } from '@/lib/content';
import { dictionary, textLang, type Locale } from '@/lib/i18n';
import { routesFor } from '@/lib/routes';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { eventGraph } from '@/lib/seo/json-ld';
import { eventMetadata } from '@/lib/seo/page-metadata';

export interface EventParams {
  params: Promise<{ event: string }>;
}

export const eventParams = (locale: Locale) => contentFor(locale).getEvents().map((event) => ({ event: event.slug }));

export async function eventMetadataFor(locale: Locale, { params }: EventParams): Promise<Metadata> {
  const page = pagesFor(locale).getEventPage((await params).event);
  return page ? eventMetadata(page.event) : {};
}

export async function EventPage({ locale, params }: EventParams & { locale: Locale }) {
  setRequestLocale(locale);
  const page = pagesFor(locale).getEventPage((await params).event);
  if (!page) notFound();
  const { event } = page;
  const t = dictionary(locale);
  return (
    <>
      <JsonLd graph={eventGraph(event)} />
      <EditionBar paths={event.paths} untranslated={textLang(event) !== undefined} />
      <EventHero event={event} actions={<CalendarLink href={routesFor(locale).calendar(event.slug)} />} />
      <div className="mx-auto max-w-6xl space-y-14 px-4 pt-10 sm:px-6">
        <section aria-labelledby="introduction">
          <SectionHeading id="introduction">{t.event.introduction}</SectionHeading>
          <ProseHtml html={event.introHtml} className="measure" lang={textLang(event)} />
        </section>
        <section aria-labelledby="agenda" className="max-w-4xl">
          <SectionHeading id="agenda">
            {t.event.agenda}
            <span className="ml-3 text-base font-normal text-stone-500 dark:text-stone-400">
              {t.event.sessionCount(event.sessions.length)}
            </span>
          </SectionHeading>
          <Agenda sessions={event.sessions} />
        </section>
        <section aria-labelledby="speakers">
          <SectionHeading id="speakers">{t.event.speakers}</SectionHeading>
          <SpeakerGrid speakers={event.speakers} />
        </section>
      </div>
    </>
  );
}
