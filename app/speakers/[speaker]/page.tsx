import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/json-ld';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { getSpeaker, getSpeakers } from '@/lib/content';
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
  const speaker = getSpeaker((await params).speaker);
  if (!speaker) return {};
  return speakerMetadata(speaker);
}

export default async function SpeakerPage({ params }: SpeakerPageProps) {
  const speaker = getSpeaker((await params).speaker);
  if (!speaker) notFound();
  return (
    <>
      <JsonLd graph={speakerGraph(speaker)} />
      <SpeakerProfile speaker={speaker} />
    </>
  );
}
