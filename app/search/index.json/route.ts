import { getSessions, getSpeaker, getSpeakers, getTopics } from '@/lib/content';
import { buildSearchIndex } from '@/lib/search/engine';
import { publishedSearchDocuments } from '@/lib/search/source';

// Written once at build time as a plain file, so it is served the same by `npm start` and a static export.
export const dynamic = 'force-static';

export function GET() {
  const documents = publishedSearchDocuments({ getSessions, getSpeaker, getSpeakers, getTopics });
  return Response.json(buildSearchIndex(documents));
}
