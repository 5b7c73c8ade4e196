import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { EventHero } from '@/components/event/event-hero';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { Agenda } from '@/components/session/agenda';
import { SpeakerCard } from '@/components/speaker/speaker-card';
import { SectionHeading } from '@/components/ui/section-heading';
import { dictionary, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { editionPage } from '@/lib/seo/alternates';
import { homeGraph } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/page-metadata';
import { routesFor } from '@/lib/routes';

// Each edition's route file is one line calling these with its locale.

export const homeMetadataFor = (locale: Locale): Metadata => homeMetadata(pagesFor(locale).getHomePage().event, locale);

export function HomePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const { event } = pagesFor(locale).getHomePage();
  const bar = <EditionBar paths={editionPage(routesFor(locale).home(), locale).paths} />;
  if (!event) return <>{bar}<p className="mx-auto max-w-3xl px-4 py-20 text-center">{t.home.empty}</p></>;
  return (
    <>
      <JsonLd graph={homeGraph(event, locale)} />
      {bar}
      <EventHero event={event} linkTitle eyebrow={t.home.latest} />
      <p className="mx-auto max-w-6xl px-4 pt-6 sm:px-6">
        <Link href={routesFor(locale).events()} className="font-semibold text-accent-700 hover:underline dark:text-accent-300">
          {t.archive.browse} →
        </Link>
      </p>
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
