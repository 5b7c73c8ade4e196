import { z } from 'zod';
import { TIME_PATTERN } from '../content/model/values';
import type { RawEvent, RawSession, RawSpeaker } from '../content/model';
import { fieldRules } from '../content/model/zod';
import { routes } from '../routes';
import { absoluteUrl } from '../site';

// The open data's shapes, made from the front-matter rules derived from the content declarations
// (lib/content/model: each field's type and enum comes from there) plus what the site adds: slugs, absolute URLs, UTC instants. The JSON Schemas served
// under /schemas/api/ are generated from these, so the files and their schemas cannot drift apart.

/** The declarations' rules typed as the raw front matter they accept (the model derives both from one place). */
type RulesOf<T> = z.ZodObject<{
  [K in keyof T]-?: undefined extends T[K] ? z.ZodOptional<z.ZodType<Exclude<T[K], undefined>>> : z.ZodType<T[K]>;
}>;
const rules = {
  event: fieldRules.event as unknown as RulesOf<RawEvent>,
  session: fieldRules.session as unknown as RulesOf<RawSession>,
  speaker: fieldRules.speaker as unknown as RulesOf<RawSpeaker>,
};

const url = z.url();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const instant = z.iso.datetime();

const eventEntry = rules.event
  .pick({ title: true, series: true, city: true, venue: true, date: true, theme: true, organizers: true, summary: true })
  .extend({
    slug,
    // Checked by functions in the declarations; stated here as JSON Schema formats.
    date: z.iso.date(),
    timezone: z.string().describe('IANA time zone of the sessions’ times'),
    url: url.describe('the event’s page'),
    data: url.describe('this event’s file with its sessions'),
    calendar: url.describe('the event as iCalendar (RFC 5545)'),
    sessionCount: z.number().int().min(0),
  });

const person = z.strictObject({
  speaker: slug.describe('a speaker’s slug, as in speakers.json'),
  role: z.enum(['speaker', 'moderator', 'panelist']),
});

const sessionEntry = rules.session
  .pick({ title: true, kind: true, order: true, headline: true, summary: true, topics: true, slides: true, video: true, start: true, end: true })
  .extend({
    slug,
    takeaways: z.array(z.string()),
    quotes: z.array(z.strictObject({ speaker: slug, text: z.string() })),
    positions: z.array(z.strictObject({ speaker: slug, text: z.string() })),
    people: z.array(person),
    // The declarations check times by a function; the schema states the same rule as a pattern.
    start: z.string().regex(new RegExp(TIME_PATTERN)).optional(),
    end: z.string().regex(new RegExp(TIME_PATTERN)).optional(),
    slides: url.optional(),
    video: url.optional(),
    startsAt: instant.optional().describe('start as a UTC instant, when the session has a time'),
    endsAt: instant.optional(),
    url: url.describe('the session’s page'),
  });

const appearance = z.strictObject({
  event: slug,
  session: slug,
  role: person.shape.role,
  url,
});

const speakerEntry = rules.speaker.pick({ name: true, role: true, organization: true }).extend({
  slug,
  avatar: url.optional(),
  links: z.array(z.strictObject({ label: z.string(), url })),
  url: url.describe('the speaker’s page'),
  appearances: z.array(appearance).describe('every published session they were part of, newest event first'),
});

const file = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ $schema: url, generatedAt: instant, ...shape });

export const apiFiles = {
  events: file({ events: z.array(eventEntry).describe('every published event, newest first') }),
  event: file({ event: eventEntry, sessions: z.array(sessionEntry).describe('in agenda order') }),
  speakers: file({ speakers: z.array(speakerEntry) }),
} as const;

export type ApiFileName = keyof typeof apiFiles;
export type EventsFile = z.infer<typeof apiFiles.events>;
export type EventFile = z.infer<typeof apiFiles.event>;
export type SpeakersFile = z.infer<typeof apiFiles.speakers>;
export type EventEntry = z.infer<typeof eventEntry>;


const TITLES: Record<ApiFileName, string> = {
  events: 'Every published event, newest first (/api/v1/events.json)',
  event: 'One event with its sessions in agenda order (/api/v1/events/<event>.json)',
  speakers: 'Every published speaker with their appearances (/api/v1/speakers.json)',
};

/** The JSON Schema (draft 2020-12) of one open-data file. */
export function apiJsonSchema(name: ApiFileName): Record<string, unknown> {
  const schema = z.toJSONSchema(apiFiles[name], { target: 'draft-2020-12', io: 'output' });
  return { ...schema, $id: absoluteUrl(routes.apiSchema(name)), title: TITLES[name] };
}
