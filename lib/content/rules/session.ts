import { SESSION_KINDS } from '../model';
import { isTime, minutesOf } from '../model/values';
import type { Finding, Problem } from '../problem';
import { isSlug } from '../slug';
import type { SourceFile } from '../source-files';
import { closest } from '../suggest';
import { eventFinding, peopleFindings, personFinding } from './references';
import { nextFreeOrder, ordersOf, validOrder, type Roster } from './roster';

// The rules of a session that look beyond one field: who it names, the roles a roundtable needs,
// quotes by people in it, its times, and its place in the agenda.

/** The fields these rules read, taken leniently so a file with other mistakes is still checked. */
interface SessionPeople {
  kind?: string;
  draft: boolean;
  /** undefined: the field has the wrong type, which the field rules already report. */
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

function sessionPeople(data: Record<string, unknown>): SessionPeople {
  return {
    kind: typeof data.kind === 'string' ? data.kind : undefined,
    draft: data.draft === true,
    speakers: data.speakers === undefined ? [] : slugsIn(data.speakers),
    panelists: data.panelists === undefined ? [] : slugsIn(data.panelists),
    moderator: typeof data.moderator === 'string' && isSlug(data.moderator) ? data.moderator : undefined,
    quotes: attributedIn(data.quotes),
    positions: attributedIn(data.positions),
  };
}

/** The least number of people each role list needs, by kind; shared with the scaffolder's questions. */
export const minimumPeople = (kind: string | undefined): { speakers: number; panelists: number } =>
  kind === 'roundtable' ? { speakers: 0, panelists: 2 } : { speakers: 1, panelists: 0 };

/** Which roles a session of this kind has, and how many people each needs. */
function roleFindings(data: Record<string, unknown>, session: SessionPeople): { field: string; finding: Finding }[] {
  const found: { field: string; finding: Finding }[] = [];
  const min = minimumPeople(session.kind);
  if (session.kind === 'roundtable') {
    if (data.moderator === undefined) found.push({ field: 'moderator', finding: { code: 'moderator-required' } });
    if (session.panelists && session.panelists.length < min.panelists) {
      found.push({ field: 'panelists', finding: { code: 'too-few-people', params: { count: session.panelists.length, min: min.panelists, role: 'panelists' } } });
    }
  } else if (session.kind !== undefined && (SESSION_KINDS as readonly string[]).includes(session.kind)) {
    if (session.speakers && session.speakers.length < min.speakers) {
      found.push({ field: 'speakers', finding: { code: 'too-few-people', params: { count: session.speakers.length, min: min.speakers, role: 'speakers', kind: session.kind } } });
    }
    if (data.moderator !== undefined) found.push({ field: 'moderator', finding: { code: 'moderator-not-roundtable' } });
    if (data.panelists !== undefined) found.push({ field: 'panelists', finding: { code: 'panelists-not-roundtable' } });
  }
  return found;
}

/** `end` needs a `start` and comes after it; a malformed time is the field rules' to report. */
function timeFindings(data: Record<string, unknown>): { field: string; finding: Finding }[] {
  const time = (value: unknown) => (typeof value === 'string' && isTime(value) ? value : undefined);
  const start = time(data.start);
  const end = time(data.end);
  if (data.end !== undefined && data.start === undefined) return [{ field: 'end', finding: { code: 'end-without-start' } }];
  if (start && end && minutesOf(end) <= minutesOf(start)) {
    return [{ field: 'end', finding: { code: 'end-not-after-start', params: { start, end } } }];
  }
  return [];
}

export function checkSession(file: SourceFile, roster: Roster): Problem[] {
  const { path, data } = file;
  const session = sessionPeople(data);
  const found: { field: string; finding: Finding }[] = [];
  const event = eventFinding(file.eventSlug ?? '', roster);
  if (event) found.push({ field: 'event', finding: event });
  found.push(...roleFindings(data, session));
  found.push(...peopleFindings('speakers', session.speakers ?? [], roster, session.draft));
  found.push(...peopleFindings('panelists', session.panelists ?? [], roster, session.draft));
  const moderator = session.moderator === undefined ? undefined : personFinding(session.moderator, roster, session.draft);
  if (moderator) found.push({ field: 'moderator', finding: moderator });

  const people = new Set([...(session.speakers ?? []), ...(session.panelists ?? []), ...(session.moderator ? [session.moderator] : [])]);
  for (const field of ['quotes', 'positions'] as const) {
    session[field].forEach(({ speaker }, index) => {
      if (!speaker || people.has(speaker)) return;
      const near = closest(speaker, people);
      found.push({
        field: `${field}[${index}].speaker`,
        finding: { code: 'not-in-session', params: { slug: speaker, people: [...people] }, ...(near ? { hint: { code: 'did-you-mean', params: { value: near } } } : {}) },
      });
    });
  }
  found.push(...timeFindings(data));
  return [...found.map(({ field, finding }) => ({ path, field, ...finding })), ...checkQuotedTimes(file)];
}

/** Why this order cannot be used in that event (another session holds it), or undefined. */
export function orderFinding(event: string, order: number, roster: Roster, except?: string): Finding | undefined {
  const holders = [...(roster.sessions.get(event)?.values() ?? [])].filter((session) => session.order === order && session.path !== except);
  if (holders.length === 0) return undefined;
  return {
    code: 'order-taken',
    params: { order, others: holders.map((holder) => holder.path) },
    hint: { code: 'next-free-order', params: { order: nextFreeOrder(ordersOf(roster, event)) } },
  };
}

/** Two sessions of one event with the same order: each names the other. */
export function checkUniqueOrders(files: readonly SourceFile[], roster: Roster): Problem[] {
  return files.flatMap((file) => {
    const order = file.kind === 'session' ? validOrder(file.data.order) : undefined;
    const finding = order === undefined ? undefined : orderFinding(file.eventSlug ?? '', order, roster, file.path);
    return finding ? [{ path: file.path, field: 'order', ...finding }] : [];
  });
}

/**
 * contentlayer reads front matter as YAML 1.1, where an unquoted 12:30 is the number 750 (base 60), while
 * the check reads YAML 1.2 and sees text: so a time must be quoted for the two to agree.
 */
export function checkQuotedTimes(file: SourceFile): Problem[] {
  return (['start', 'end'] as const)
    .filter((field) => new RegExp(`^${field}:[ \\t]*\\d+:\\d+[ \\t]*(#.*)?$`, 'm').test(file.frontMatter))
    .map((field) => ({ path: file.path, field, code: 'time-unquoted', params: { field } }));
}
