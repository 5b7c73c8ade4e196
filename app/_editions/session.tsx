import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { SessionArticle } from '@/components/session/session-article';
import { contentFor } from '@/lib/content';
import { textLang, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { sessionGraph } from '@/lib/seo/json-ld';
import { sessionMetadata } from '@/lib/seo/page-metadata';

export interface SessionParams {
  params: Promise<{ event: string; session: string }>;
}

export const sessionParams = (locale: Locale) =>
  contentFor(locale).getSessions().map((session) => ({ event: session.eventSlug, session: session.slug }));

export async function sessionMetadataFor(locale: Locale, { params }: SessionParams): Promise<Metadata> {
  const { event, session: slug } = await params;
  const page = pagesFor(locale).getSessionPage(event, slug);
  return page ? sessionMetadata(page.session) : {};
}

export async function SessionPage({ locale, params }: SessionParams & { locale: Locale }) {
  setRequestLocale(locale);
  const { event, session: slug } = await params;
  const page = pagesFor(locale).getSessionPage(event, slug);
  if (!page) notFound();
  return (
    <>
      <JsonLd graph={sessionGraph(page.session)} />
      <EditionBar paths={page.session.paths} untranslated={textLang(page.session) !== undefined} />
      <SessionArticle page={page} />
    </>
  );
}
