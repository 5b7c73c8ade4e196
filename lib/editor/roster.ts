import { readSourceFiles } from '../content/source-files';

/** What the scaffolder needs to know about the content already there: who and what exists, which orders are taken. */
export interface Roster {
  speakers: Map<string, { name: string; draft: boolean }>;
  events: Map<string, { title: string; date: string; series: string; organizers: string[] }>;
  /** Orders taken in each event, with the file that takes them. */
  orders: Map<string, Map<number, string>>;
  /** Session slugs per event. */
  sessions: Map<string, Set<string>>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads `<root>/content` leniently: a file with mistakes still counts as existing. */
export function readRoster(root: string): Roster {
  const roster: Roster = { speakers: new Map(), events: new Map(), orders: new Map(), sessions: new Map() };
  for (const file of readSourceFiles(root).files) {
    const { data } = file;
    if (file.kind === 'speaker') {
      roster.speakers.set(file.slug, { name: text(data.name), draft: data.draft === true });
    } else if (file.kind === 'event') {
      roster.events.set(file.slug, {
        title: text(data.title),
        date: text(data.date),
        series: text(data.series),
        organizers: Array.isArray(data.organizers) ? data.organizers.filter((item) => typeof item === 'string') : [],
      });
    } else {
      const event = file.eventSlug ?? '';
      const sessions = roster.sessions.get(event) ?? new Set<string>();
      roster.sessions.set(event, sessions.add(file.slug));
      if (typeof data.order === 'number') {
        const orders = roster.orders.get(event) ?? new Map<number, string>();
        roster.orders.set(event, orders.set(data.order, file.path));
      }
    }
  }
  return roster;
}

/** The most recent event, the default for a new session and the model for a new event. */
export function latestEvent(roster: Roster): string | undefined {
  return [...roster.events.entries()].sort(([, a], [, b]) => b.date.localeCompare(a.date))[0]?.[0];
}
