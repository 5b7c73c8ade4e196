import type { Metadata } from 'next';
import { SpeakerGrid } from '@/components/speaker/speaker-grid';
import { PageTitle } from '@/components/ui/page-title';
import { getSpeakers } from '@/lib/content';
import { t } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: t.speaker.indexTitle,
    description: t.speaker.indexIntro(getSpeakers().length),
    path: routes.speakers(),
  });
}

export default function SpeakersPage() {
  const speakers = getSpeakers();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 sm:pt-12">
      <PageTitle title={t.speaker.indexTitle} intro={t.speaker.indexIntro(speakers.length)} />
      <SpeakerGrid speakers={speakers} />
    </div>
  );
}
