import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalendarLink } from '@/components/event/calendar-link';
import { EventHero } from '@/components/event/event-hero';
import { JsonLd } from '@/components/seo/json-ld';
import { Agenda } from '@/components/session/agenda';
import { SpeakerGrid } from '@/components/speaker/speaker-grid';
import { ProseHtml } from '@/components/ui/prose-html';
import { SectionHeading } from '@/components/ui/section-heading';
import { getEvents } from '@/lib/content';
import { getEventPage } from '@/lib/pages';
import { t } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { eventGraph } from '@/lib/seo/json-ld';
import { eventMetadata } from '@/lib/seo/page-metadata';

interface EventPageProps {
  params: Promise<{ event: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getEvents().map((event) => ({ event: event.slug }));
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const page = getEventPage((await params).event);
  if (!page) return {};
  return eventMetadata(page.event);
}

export default async function EventPage({ params }: EventPageProps) {
  const page = getEventPage((await params).event);
  if (!page) notFound();
  const { event } = page;
  return (
    <>
      <JsonLd graph={eventGraph(event)} />
      <EventHero event={event} actions={<CalendarLink href={routes.calendar(event.slug)} />} />
      <div className="mx-auto max-w-6xl space-y-14 px-4 pt-10 sm:px-6">
        <section aria-labelledby="introduction">
          <SectionHeading id="introduction">{t.event.introduction}</SectionHeading>
          <ProseHtml html={event.introHtml} className="measure" />
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
