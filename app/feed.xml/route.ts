import { getSessions } from '@/lib/content';
import { contentDates } from '@/lib/seo/content-dates';
import { buildFeed } from '@/lib/seo/feed';

export const dynamic = 'force-static';

export function GET() {
  return new Response(buildFeed(getSessions(), contentDates), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
