import { getEvent, getEvents, type EventView } from '@/lib/content';
import { eventsFile, openDataResponse } from '@/lib/open-data/files';

// Open data (docs/open-data.md): written once at build time, served alike by `npm start` and a static host.
export const dynamic = 'force-static';

export function GET() {
  const events = getEvents().map((event) => getEvent(event.slug) as EventView);
  return openDataResponse(eventsFile(events, new Date()));
}
