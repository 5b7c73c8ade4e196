import type { Metadata } from 'next';
import { EventHero } from '@/components/event/event-hero';
import { JsonLd } from '@/components/seo/json-ld';
import { Agenda } from '@/components/session/agenda';
import { SpeakerCard } from '@/components/speaker/speaker-card';
import { SectionHeading } from '@/components/ui/section-heading';
import { getHomePage } from '@/lib/content';
import { t } from '@/lib/i18n';
import { homeGraph } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/page-metadata';

export function generateMetadata(): Metadata {
  return homeMetadata(getHomePage().event);
}

export default function HomePage() {
  const { event } = getHomePage();
  if (!event) return <p className="mx-auto max-w-3xl px-4 py-20 text-center">{t.home.empty}</p>;
  return (
    <>
      <JsonLd graph={homeGraph(event)} />
      <EventHero event={event} linkTitle eyebrow={t.home.latest} />
      <div className="mx-auto grid max-w-6xl gap-14 px-4 pt-10 sm:px-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="agenda">
          <SectionHeading id="agenda">{t.event.agenda}</SectionHeading>
          <Agenda sessions={event.sessions} />
        </section>
        <section aria-labelledby="speakers">
          <SectionHeading id="speakers">{t.event.speakers}</SectionHeading>
          <ul className="grid gap-3">
            {event.speakers.map((speaker) => (
              <li key={speaker.slug}>
                <SpeakerCard speaker={speaker} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
