import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { getSpeaker, getSpeakers } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

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
  const description = `${speaker.name},${speaker.organization}${speaker.role}。`;
  return pageMetadata({ title: speaker.name, description, path: speaker.url });
}

export default async function SpeakerPage({ params }: SpeakerPageProps) {
  const speaker = getSpeaker((await params).speaker);
  if (!speaker) notFound();
  return <SpeakerProfile speaker={speaker} />;
}
