import type { MetadataRoute } from 'next';
import * as content from '@/lib/content';
import { contentDates } from '@/lib/seo/content-dates';
import { buildSitemap } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(content, contentDates);
}
