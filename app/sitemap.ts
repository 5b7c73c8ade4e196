import type { MetadataRoute } from 'next';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { pagesFor } from '@/lib/pages';
import { contentDates } from '@/lib/seo/content-dates';
import { buildSitemap } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

/** One sitemap for both editions, each translated pair linked by `xhtml:link` alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(
    LOCALES.map((locale) => ({ ...contentFor(locale), ...pagesFor(locale) })),
    contentDates,
  );
}
