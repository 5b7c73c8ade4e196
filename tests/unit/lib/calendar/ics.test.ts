import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { eventCalendar, foldLine } from '@/lib/calendar/ics';
import type { EventView } from '@/lib/content/types';
import { recordingsStore } from '../../../fixtures/recordings/store';
import { summit } from '../search/summit';

const GENERATED = new Date('2026-12-01T12:00:00Z');

function calendarOf(slug: string, store = recordingsStore()): string {
  return eventCalendar(store.getEvent(slug) as EventView, GENERATED);
}

/** Parses with ical.js, registering the file's own VTIMEZONEs as a calendar program does. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const byUid = (prefix: string) => {
    const found = events.find((event) => event.uid.startsWith(prefix));
    if (!found) throw new Error(`no VEVENT ${prefix}`);
    return found;
  };
  return { calendar, events, byUid };
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

describe('eventCalendar', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    ICAL.TimezoneService.reset();
  });

  it('puts a session at 09:30 in Beijing (the default zone) at 01:30 UTC', () => {
    const { byUid, calendar } = parse(calendarOf('fixture-beijing-2024'));
    const keynote = byUid('session-fixture-beijing-2024-morning-keynote@');
    expect(utc(keynote.startDate)).toBe('2024-06-01T01:30:00.000Z');
    expect(utc(keynote.endDate)).toBe('2024-06-01T02:00:00.000Z');
    expect(keynote.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(keynote.description).toContain('演讲嘉宾：李明（示例科技 工程师）');
  });

  it('converts Europe/Berlin on the day daylight saving starts: CET before 02:00, CEST after', () => {
    const { byUid } = parse(calendarOf('fixture-berlin-2024'));
    expect(utc(byUid('session-fixture-berlin-2024-before-the-change@').startDate)).toBe('2024-03-31T00:30:00.000Z');
    const after = byUid('session-fixture-berlin-2024-bilibili-recording@');
    expect(utc(after.startDate)).toBe('2024-03-31T07:00:00.000Z');
    expect(utc(after.endDate)).toBe('2024-03-31T07:45:00.000Z');
  });

  it('keeps the all-day event on its date whatever the server’s and the reader’s TZ', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      const ics = calendarOf('fixture-berlin-2024');
      expect(ics).toContain('DTSTART;VALUE=DATE:20240331\r\n');
      expect(ics).toContain('DTEND;VALUE=DATE:20240401\r\n');
      const day = parse(ics).byUid('event-fixture-berlin-2024@');
      expect(day.startDate.isDate).toBe(true);
      expect(day.startDate.toString()).toBe('2024-03-31');
      expect(utc(parse(ics).byUid('session-fixture-berlin-2024-before-the-change@').startDate)).toBe('2024-03-31T00:30:00.000Z');
    }
  });

  it('writes CRLF lines of at most 75 octets, folds without splitting a character, escapes , and ;', () => {
    const ics = calendarOf('fixture-berlin-2024');
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain('LOCATION:Messe Berlin\\, Halle 7\\; Eingang Sued\\, 柏林\r\n');
    const long = `DESCRIPTION:${'中文字符'.repeat(40)}`;
    const folded = foldLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('keeps UIDs stable from one build to the next, and gives untimed sessions no VEVENT', () => {
    const uids = (ics: string) => parse(ics).events.map((event) => event.uid);
    const first = uids(calendarOf('fixture-berlin-2024'));
    const later = uids(eventCalendar(recordingsStore().getEvent('fixture-berlin-2024') as EventView, new Date()));
    expect(later).toEqual(first);
    // The event, and the three sessions with a start time (the Vimeo and other-host ones have none).
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
  });

  it('gives the summit, whose article names no times, its day only', () => {
    const ics = eventCalendar(summit.getEvent('npcon-2023-beijing') as EventView, GENERATED);
    const { events } = parse(ics);
    expect(events).toHaveLength(1);
    expect(events[0]?.startDate.toString()).toBe('2023-08-12');
    expect(events[0]?.location).toBe('北京格兰云天大酒店, 北京');
    expect(ics).not.toContain('VTIMEZONE');
  });
});
