import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/json-ld';
import { SessionArticle } from '@/components/session/session-article';
import { getSessionPage, getSessions } from '@/lib/content';
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
  const page = getSessionPage(event, slug);
  if (!page) return {};
  return sessionMetadata(page.session);
}

export default async function SessionPage({ params }: SessionPageProps) {
  const { event, session: slug } = await params;
  const page = getSessionPage(event, slug);
  if (!page) notFound();
  return (
    <>
      <JsonLd graph={sessionGraph(page.session)} />
      <SessionArticle page={page} />
    </>
  );
}
