import { z } from 'zod';
import { avatarPathInPublic } from './avatar-path';
import { isSlug } from './slug';

// The per-file rules of content-contract.md. Cross-file rules (references, unique order) live in validate.ts.

const text = z.string().trim().min(1, 'is empty; fill it in or remove the field');

const slugRef = z.string().refine(isSlug, {
  message: 'is not a slug: use lowercase letters a-z, digits and single hyphens, e.g. chen-wei',
});

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const calendarDate = z.string().refine(isCalendarDate, {
  message: 'is not a real date written YYYY-MM-DD, e.g. 2023-08-12',
});

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** `HH:MM` on a 24-hour clock, e.g. 09:30. */
export const isClockTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

const clockTime = z.string().refine(isClockTime, {
  message: 'is not a time written HH:MM on a 24-hour clock, e.g. 09:30 or 14:05',
});

/** The zone of an event's times when it names none. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** An IANA time-zone name as the runtime knows it, spelled exactly (Europe/Berlin, not europe/berlin). */
export function isTimeZone(value: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone === value;
  } catch {
    return false;
  }
}

const timeZone = z.string().refine(isTimeZone, {
  message: 'is not a known IANA time zone, e.g. Asia/Shanghai or Europe/Berlin',
});

const httpsUrl = z.string().refine(isHttpsUrl, {
  message: 'must be a full https:// address, e.g. https://example.com/talk',
});

/** Characters that cannot stand in a topic's URL segment. */
const TOPIC_FORBIDDEN = /[/\\?#%]/;
const topic = text.refine((value) => !TOPIC_FORBIDDEN.test(value), {
  message: 'cannot contain / \\ ? # or %, since a topic name is part of its page address',
});

const attributed = z.strictObject({ speaker: slugRef, text });

export const eventFields = z.strictObject({
  title: text,
  series: slugRef,
  city: text,
  venue: text.optional(),
  date: calendarDate,
  theme: text.optional(),
  organizers: z.array(text).min(1, 'needs at least one organizer'),
  summary: text,
  timezone: timeZone.optional(),
  draft: z.boolean().optional(),
});

export const SESSION_KINDS = ['keynote', 'talk', 'lightning', 'roundtable'] as const;

export const sessionFields = z.strictObject({
  title: text,
  kind: z.enum(SESSION_KINDS),
  order: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  speakers: z.array(slugRef).optional(),
  moderator: slugRef.optional(),
  panelists: z.array(slugRef).optional(),
  headline: text.optional(),
  summary: text,
  topics: z.array(topic).min(1, 'needs at least one topic'),
  takeaways: z.array(text).optional(),
  quotes: z.array(attributed).optional(),
  positions: z.array(attributed).optional(),
  slides: httpsUrl.optional(),
  video: httpsUrl.optional(),
  start: clockTime.optional(),
  end: clockTime.optional(),
  draft: z.boolean().optional(),
});

/** `/avatars/x.jpg`, `avatars/x.jpg` or `public/avatars/x.jpg`: a file inside public/. */
const avatarPath = z.string().refine((value) => avatarPathInPublic(value) !== undefined, {
  message: 'must be a path to an image inside public/, e.g. /avatars/chen-wei.jpg',
});

export const speakerFields = z.strictObject({
  name: text,
  role: text,
  organization: text,
  avatar: avatarPath.optional(),
  links: z.array(z.strictObject({ label: text, url: httpsUrl })).optional(),
  draft: z.boolean().optional(),
});

export const fieldRules = { event: eventFields, session: sessionFields, speaker: speakerFields } as const;

export type EventFields = z.infer<typeof eventFields>;
export type SessionFields = z.infer<typeof sessionFields>;
export type SpeakerFields = z.infer<typeof speakerFields>;
