import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { SessionArticle } from '@/components/session/session-article';
import { contentFor } from '@/lib/content';
import { textLang, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { relatedSessions } from '@/lib/reading/related-sessions';
import { sessionGraph } from '@/lib/seo/json-ld';
import { sessionMetadata } from '@/lib/seo/page-metadata';

export interface SessionParams {
  params: Promise<{ event: string; session: string }>;
}

export const sessionParams = (locale: Locale) =>
  contentFor(locale).getSessions().map((session) => ({ event: session.eventSlug, session: session.slug }));

export async function sessionMetadataFor(locale: Locale, { params }: SessionParams): Promise<Metadata> {
  const { event, session: slug } = await params;
  const session = contentFor(locale).getSession(event, slug);
  return session ? sessionMetadata(session) : {};
}

export async function SessionPage({ locale, params }: SessionParams & { locale: Locale }) {
  setRequestLocale(locale);
  const { event, session: slug } = await params;
  const content = contentFor(locale);
  const session = content.getSession(event, slug);
  if (!session) notFound();
  return (
    <>
      <JsonLd graph={sessionGraph(session)} />
      <EditionBar paths={session.paths} untranslated={textLang(session) !== undefined} />
      <SessionArticle session={session} related={relatedSessions(session, content.getSessions())} />
    </>
  );
}
