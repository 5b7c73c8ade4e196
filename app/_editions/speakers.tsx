import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { SpeakerGrid } from '@/components/speaker/speaker-grid';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { PageTitle } from '@/components/ui/page-title';
import { contentFor } from '@/lib/content';
import { dictionary, textLang, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { routesFor } from '@/lib/routes';
import { editionPage } from '@/lib/seo/alternates';
import { speakerGraph, speakersIndexGraph } from '@/lib/seo/json-ld';
import { speakerMetadata, speakersIndexMetadata } from '@/lib/seo/page-metadata';

export const speakersMetadataFor = (locale: Locale): Metadata =>
  speakersIndexMetadata(contentFor(locale).getSpeakersPage().speakers, locale);

export function SpeakersPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const { speakers } = contentFor(locale).getSpeakersPage();
  return (
    <>
      <EditionBar paths={editionPage(routesFor(locale).speakers(), locale).paths} />
      <div className="mx-auto max-w-6xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={speakersIndexGraph(speakers, locale)} />
        <PageTitle title={t.speaker.indexTitle} intro={t.speaker.indexIntro(speakers.length)} />
        <SpeakerGrid speakers={speakers} />
      </div>
    </>
  );
}

export interface SpeakerParams {
  params: Promise<{ speaker: string }>;
}

export const speakerParams = (locale: Locale) => contentFor(locale).getSpeakers().map((speaker) => ({ speaker: speaker.slug }));

export async function speakerMetadataFor(locale: Locale, { params }: SpeakerParams): Promise<Metadata> {
  const page = contentFor(locale).getSpeakerPage((await params).speaker);
  return page ? speakerMetadata(page.speaker) : {};
}

export async function SpeakerPage({ locale, params }: SpeakerParams & { locale: Locale }) {
  setRequestLocale(locale);
  const page = contentFor(locale).getSpeakerPage((await params).speaker);
  if (!page) notFound();
  const { speaker } = page;
  return (
    <>
      <JsonLd graph={speakerGraph(speaker)} />
      <EditionBar paths={speaker.paths} untranslated={textLang(speaker) !== undefined} />
      <SpeakerProfile speaker={speaker} />
    </>
  );
}
