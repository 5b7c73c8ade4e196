import { readSourceFiles, type SourceFile } from '../source-files';

/** Who and what exists, for every rule that looks beyond one file (the check's and the scaffolder's alike). */
export interface Roster {
  speakers: Map<string, { name: string; draft: boolean; path: string }>;
  events: Map<string, { title: string; date: string; series: string; organizers: string[]; draft: boolean; path: string }>;
  /** Per event: its sessions by slug, with the order each takes (when it is a valid one). */
  sessions: Map<string, Map<string, { order?: number; path: string }>>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
/** An order the rules can compare: a whole number from 1 (a bad one is the field rules' to report). */
export const validOrder = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 1 ? (value as number) : undefined;

/**
 * Built from every original that exists, valid or not, so one broken speaker file does not also
 * flag each session that names them.
 */
export function rosterOf(files: readonly SourceFile[]): Roster {
  const roster: Roster = { speakers: new Map(), events: new Map(), sessions: new Map() };
  for (const { kind, slug, path, data, eventSlug = '' } of files) {
    const draft = data.draft === true;
    if (kind === 'speaker') roster.speakers.set(slug, { name: text(data.name), draft, path });
    else if (kind === 'event') {
      roster.events.set(slug, { title: text(data.title), date: text(data.date), series: text(data.series), organizers: texts(data.organizers), draft, path });
    } else {
      const sessions = roster.sessions.get(eventSlug) ?? new Map<string, { order?: number; path: string }>();
      roster.sessions.set(eventSlug, sessions.set(slug, { order: validOrder(data.order), path }));
    }
  }
  return roster;
}

/** Reads `<root>/content` leniently: a file with mistakes still counts as existing. */
export const readRoster = (root: string): Roster => rosterOf(readSourceFiles(root).files);

/** The most recent event, the default for a new session and the model for a new event. */
export function latestEvent(roster: Roster): string | undefined {
  return [...roster.events.entries()].sort(([, a], [, b]) => b.date.localeCompare(a.date))[0]?.[0];
}

/** The order for a session added to an agenda: one after the last, so it goes to the end. */
export function nextFreeOrder(orders: Iterable<number | undefined>): number {
  let highest = 0;
  for (const order of orders) if (order !== undefined && Number.isInteger(order) && order > highest) highest = order;
  return highest + 1;
}

export const ordersOf = (roster: Roster, event: string): (number | undefined)[] =>
  [...(roster.sessions.get(event)?.values() ?? [])].map((session) => session.order);
