import { contentFor } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { contentDates } from '@/lib/seo/content-dates';
import { buildFeed } from '@/lib/seo/feed';

/** The edition's Atom feed. The English one lists translated sessions only: its entries are English. */
export function feedResponse(locale: Locale): Response {
  const sessions = contentFor(locale).getSessions().filter((session) => locale === 'zh-CN' || session.translated);
  return new Response(buildFeed(sessions, contentDates, locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}

