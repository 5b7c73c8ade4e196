import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { SpeakerGrid } from '@/components/speaker/speaker-grid';
import { PageTitle } from '@/components/ui/page-title';
import { getSpeakersPage } from '@/lib/content';
import { t } from '@/lib/i18n';
import { speakersIndexGraph } from '@/lib/seo/json-ld';
import { speakersIndexMetadata } from '@/lib/seo/page-metadata';

export function generateMetadata(): Metadata {
  return speakersIndexMetadata(getSpeakersPage().speakers);
}

export default function SpeakersPage() {
  const { speakers } = getSpeakersPage();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 sm:pt-12">
      <JsonLd graph={speakersIndexGraph(speakers)} />
      <PageTitle title={t.speaker.indexTitle} intro={t.speaker.indexIntro(speakers.length)} />
      <SpeakerGrid speakers={speakers} />
    </div>
  );
}
