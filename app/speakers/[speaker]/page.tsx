import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/json-ld';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { getSpeakerPage, getSpeakers } from '@/lib/content';
import { speakerGraph } from '@/lib/seo/json-ld';
import { speakerMetadata } from '@/lib/seo/page-metadata';

interface SpeakerPageProps {
  params: Promise<{ speaker: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getSpeakers().map((speaker) => ({ speaker: speaker.slug }));
}

export async function generateMetadata({ params }: SpeakerPageProps): Promise<Metadata> {
  const page = getSpeakerPage((await params).speaker);
  if (!page) return {};
  return speakerMetadata(page.speaker);
}

export default async function SpeakerPage({ params }: SpeakerPageProps) {
  const page = getSpeakerPage((await params).speaker);
  if (!page) notFound();
  return (
    <>
      <JsonLd graph={speakerGraph(page.speaker)} />
      <SpeakerProfile speaker={page.speaker} />
    </>
  );
}
