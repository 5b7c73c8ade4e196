import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { EventView, SessionSummary } from '../content/types';
import { t } from '../i18n';
import { absoluteUrl, siteUrl } from '../site';

// RFC 5545, written by hand because the rules are few and exact: CRLF line ends, lines folded at 75
// octets without splitting a UTF-8 character, TEXT values escaped, a VTIMEZONE for every TZID used.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Folds one content line: continuation lines start with a space, and no line passes 75 octets. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const compactDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const localStamp = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

/** The day after a calendar date: an all-day event's DTEND is exclusive. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Stable identifiers: the same session keeps its UID across builds, so calendars update it in place. */
const host = new URL(siteUrl).host;
export const eventUid = (event: Pick<EventView, 'slug'>) => `event-${event.slug}@${host}`;
export const sessionUid = (session: Pick<SessionSummary, 'eventSlug' | 'slug'>) =>
  `session-${session.eventSlug}-${session.slug}@${host}`;

function vtimezone(zone: string): string[] {
  const [block] = tzlib_get_ical_block(zone);
  if (!block) throw new Error(`no VTIMEZONE data for ${zone}`);
  return block.split(/\r?\n/).filter((line) => line.length > 0);
}

function sessionDescription(session: SessionSummary): string {
  const people = session.people.map(
    ({ speaker, role }) => `${t.roles[role]}：${speaker.name}（${speaker.organization} ${speaker.role}）`,
  );
  return [session.headline ?? session.summary, ...people, absoluteUrl(session.url)].join('\n');
}

/** The event as an all-day VEVENT, and each timed session as a VEVENT in the event's zone. */
export function eventCalendar(event: EventView, generatedAt: Date): string {
  const location = escapeText([event.venue, event.city].filter(Boolean).join(', '));
  const stamp = `DTSTAMP:${utcStamp(generatedAt)}`;
  const timed = event.sessions.filter((session) => session.time !== undefined);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//event calendar//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(event.title)}`,
    ...(timed.length > 0 ? [`X-WR-TIMEZONE:${event.timezone}`, ...vtimezone(event.timezone)] : []),
    'BEGIN:VEVENT',
    `UID:${eventUid(event)}`,
    stamp,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(`${event.summary}\n${absoluteUrl(event.url)}`)}`,
    `LOCATION:${location}`,
    `URL:${absoluteUrl(event.url)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
  for (const session of timed) {
    const time = session.time as NonNullable<SessionSummary['time']>;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${sessionUid(session)}`,
      stamp,
      `DTSTART;TZID=${time.timezone}:${localStamp(event.date, time.start)}`,
      ...(time.end ? [`DTEND;TZID=${time.timezone}:${localStamp(event.date, time.end)}`] : []),
      `SUMMARY:${escapeText(session.title)}`,
      `DESCRIPTION:${escapeText(sessionDescription(session))}`,
      `LOCATION:${location}`,
      `URL:${absoluteUrl(session.url)}`,
      `RELATED-TO:${eventUid(event)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
