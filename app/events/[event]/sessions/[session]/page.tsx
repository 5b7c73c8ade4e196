import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionArticle } from '@/components/session/session-article';
import { getSession, getSessions } from '@/lib/content';
import { relatedSessions } from '@/lib/reading/related-sessions';
import { pageMetadata } from '@/lib/seo/metadata';

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
  return pageMetadata({ title: session.title, description: session.summary, path: session.url });
}

export default async function SessionPage({ params }: SessionPageProps) {
  const { event, session: slug } = await params;
  const session = getSession(event, slug);
  if (!session) notFound();
  return <SessionArticle session={session} related={relatedSessions(session, getSessions())} />;
}
