import type { RawSpeaker } from './model';
import { SESSION_KINDS } from './model';
import { isTime, minutesOf } from './model/values';
import type { Problem } from './problem';
import { isSlug } from './slug';
import type { SourceFile } from './source-files';
import { didYouMean } from './suggest';

// The cross-file rules of a session: who it names, the roles a roundtable needs, quotes by people in it.

export interface Roster {
  speakers: Map<string, RawSpeaker & { path: string }>;
  events: Map<string, { draft?: boolean }>;
}

function checkPerson(path: string, field: string, slug: string, roster: Roster, sessionIsDraft: boolean): Problem[] {
  const speaker = roster.speakers.get(slug);
  if (!speaker) {
    const near = didYouMean(slug, roster.speakers.keys());
    return [{
      path,
      field,
      message: `unknown speaker "${slug}": there is no content/speakers/${slug}.md${near || '; add the speaker first: npm run new -- speaker'}`,
    }];
  }
  if (speaker.draft && !sessionIsDraft) {
    return [{ path, field, message: `speaker "${slug}" is still a draft (draft: true in ${speaker.path}); publish the speaker first or mark this session as a draft too` }];
  }
  return [];
}

/** The fields the cross-file rules read, taken leniently so a file with other mistakes is still checked. */
interface SessionPeople {
  kind?: string;
  order?: number;
  draft: boolean;
  speakers?: string[];
  panelists?: string[];
  moderator?: string;
  quotes: { speaker: string }[];
  positions: { speaker: string }[];
}

const slugsIn = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && isSlug(item)) : undefined;

const attributedIn = (value: unknown): { speaker: string }[] =>
  Array.isArray(value)
    ? value.map((item) => ({ speaker: typeof item?.speaker === 'string' && isSlug(item.speaker) ? item.speaker : '' }))
    : [];

export function sessionPeople(data: Record<string, unknown>): SessionPeople {
  return {
    kind: typeof data.kind === 'string' ? data.kind : undefined,
    order: Number.isInteger(data.order) && (data.order as number) >= 1 ? (data.order as number) : undefined,
    draft: data.draft === true,
    speakers: data.speakers === undefined ? [] : slugsIn(data.speakers),
    panelists: data.panelists === undefined ? [] : slugsIn(data.panelists),
    moderator: typeof data.moderator === 'string' && isSlug(data.moderator) ? data.moderator : undefined,
    quotes: attributedIn(data.quotes),
    positions: attributedIn(data.positions),
  };
}

/** `end` needs a `start` and comes after it; a malformed time is the field rules' to report. */
function checkTimes(path: string, data: Record<string, unknown>): Problem[] {
  const time = (value: unknown) => (typeof value === 'string' && isTime(value) ? value : undefined);
  const start = time(data.start);
  const end = time(data.end);
  if (data.end !== undefined && data.start === undefined) {
    return [{ path, field: 'end', message: 'has no start: write start: "HH:MM" too, or remove end' }];
  }
  if (start && end && minutesOf(end) <= minutesOf(start)) {
    return [{ path, field: 'end', message: `${end} is not after start ${start}` }];
  }
  return [];
}

export function checkSession(file: SourceFile, roster: Roster): Problem[] {
  const { path, data } = file;
  const session = sessionPeople(data);
  const problems: Problem[] = [];
  const person = (field: string, slug: string) => problems.push(...checkPerson(path, field, slug, roster, session.draft));

  if (!roster.events.has(file.eventSlug ?? '')) {
    const near = didYouMean(file.eventSlug ?? '', roster.events.keys());
    problems.push({
      path,
      field: 'event',
      message: `unknown event "${file.eventSlug}": there is no content/events/${file.eventSlug}/index.md${near ? `${near} Move the file into that event's sessions folder` : '; add the event first: npm run new -- event'}`,
    });
  }
  // undefined: the field has the wrong type, which the field rules already report.
  const speakers = session.speakers ?? [];
  const panelists = session.panelists ?? [];
  if (session.kind === 'roundtable') {
    if (data.moderator === undefined) problems.push({ path, field: 'moderator', message: 'is required for a roundtable: the slug of the host, e.g. moderator: csdn-ai-editors' });
    if (session.panelists && panelists.length < 2) problems.push({ path, field: 'panelists', message: `a roundtable needs at least two panelists, but has ${panelists.length}; list them as panelists: [a, b]` });
  } else if (session.kind !== undefined && (SESSION_KINDS as readonly string[]).includes(session.kind)) {
    if (session.speakers && speakers.length < 1) problems.push({ path, field: 'speakers', message: `needs at least one speaker slug for a ${session.kind}, e.g. speakers: [chen-wei]` });
    if (data.moderator !== undefined) problems.push({ path, field: 'moderator', message: 'only a roundtable has a moderator; use speakers, or set kind: roundtable' });
    if (data.panelists !== undefined) problems.push({ path, field: 'panelists', message: 'only a roundtable has panelists; use speakers, or set kind: roundtable' });
  }
  const checkList = (field: string, slugs: string[]) => {
    const seen = new Set<string>();
    slugs.forEach((slug, index) => {
      if (seen.has(slug)) problems.push({ path, field: `${field}[${index}]`, message: `"${slug}" is listed twice; remove one` });
      seen.add(slug);
      person(`${field}[${index}]`, slug);
    });
  };
  checkList('speakers', speakers);
  checkList('panelists', panelists);
  if (session.moderator !== undefined) person('moderator', session.moderator);

  const people = new Set([...speakers, ...panelists, ...(session.moderator ? [session.moderator] : [])]);
  const checkAttributed = (field: 'quotes' | 'positions', list: { speaker: string }[]) =>
    list.forEach(({ speaker }, index) => {
      if (speaker && !people.has(speaker)) {
        problems.push({
          path,
          field: `${field}[${index}].speaker`,
          message: `"${speaker}" is not one of this session's speakers, moderator or panelists (${[...people].join(', ') || 'none'})${didYouMean(speaker, people)}`,
        });
      }
    });
  checkAttributed('quotes', session.quotes);
  checkAttributed('positions', session.positions);
  problems.push(...checkTimes(path, data));
  return problems;
}
