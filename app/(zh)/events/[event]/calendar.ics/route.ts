import { notFound } from 'next/navigation';
import { eventCalendar } from '@/lib/calendar/ics';
import { getEvent, getEvents } from '@/lib/content';
import { CALENDAR_CONTENT_TYPE } from '@/lib/security/headers';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getEvents().map((event) => ({ event: event.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ event: string }> }) {
  const event = getEvent((await params).event);
  if (!event) notFound();
  return new Response(eventCalendar(event, new Date()), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
}
