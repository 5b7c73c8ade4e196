import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/json-ld';
import { SessionArticle } from '@/components/session/session-article';
import { getSession, getSessions } from '@/lib/content';
import { relatedSessions } from '@/lib/reading/related-sessions';
import { sessionGraph } from '@/lib/seo/json-ld';
import { sessionMetadata } from '@/lib/seo/page-metadata';

interface SessionPageProps {
  params: Promise<{ event: string; session: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getSessions().map((session) => ({ event: session.eventSlug, session: session.slug }));
}

export async function generateMetadata({ params }: SessionPageProps): Promise<Metadata> {
  const { event, session: slug } = await params;
  const session = getSession(event, slug);
  if (!session) return {};
  return sessionMetadata(session);
}

export default async function SessionPage({ params }: SessionPageProps) {
  const { event, session: slug } = await params;
  const session = getSession(event, slug);
  if (!session) notFound();
  return (
    <>
      <JsonLd graph={sessionGraph(session)} />
      <SessionArticle session={session} related={relatedSessions(session, getSessions())} />
    </>
  );
}
