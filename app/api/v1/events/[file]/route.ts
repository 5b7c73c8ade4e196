import { notFound } from 'next/navigation';
import { getEvent, getEvents, getSession, type SessionView } from '@/lib/content';
import { eventFile, openDataResponse } from '@/lib/open-data/files';

export const dynamic = 'force-static';
export const dynamicParams = false;

// The segment is the whole file name (`<event>.json`), so the URL ends in .json like the other files.
// Drafts (listed only by the dev server) get no file.
export function generateStaticParams() {
  return getEvents()
    .filter((event) => !event.draft)
    .map((event) => ({ file: `${event.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const event = getEvent((await params).file.replace(/\.json$/, ''));
  if (!event || event.draft) notFound();
  const sessions = event.sessions.map((session) => getSession(event.slug, session.slug) as SessionView);
  return openDataResponse(eventFile(event, sessions, new Date()));
}
