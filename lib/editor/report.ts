import { SESSION_KINDS } from '../content/model';
import { hasPlaceholder } from '../content/placeholder';
import { readSourceFiles, type SourceFile } from '../content/source-files';
import type { SessionKind } from '../content/types';

/** What a published session or speaker still lacks, in the words of the completeness report. */
export type SessionGap = 'takeaways' | 'quotes' | 'topics' | 'video' | 'slides';
export type SpeakerGap = 'bio' | 'avatar';

export interface SessionCompleteness {
  event: string;
  slug: string;
  path: string;
  title: string;
  kind: string;
  order: number | null;
  takeaways: number;
  quotes: number;
  topics: number;
  video: boolean;
  slides: boolean;
  missing: SessionGap[];
}

export interface SpeakerCompleteness {
  slug: string;
  path: string;
  name: string;
  bio: boolean;
  avatar: boolean;
  /** Published sessions they take part in. */
  sessions: number;
  missing: SpeakerGap[];
}

export interface EventCompleteness {
  slug: string;
  title: string;
  date: string;
  kinds: Record<SessionKind, number>;
  sessions: number;
}

export interface CompletenessReport {
  events: EventCompleteness[];
  sessions: SessionCompleteness[];
  speakers: SpeakerCompleteness[];
  /** How many published sessions or speakers lack each thing. */
  gaps: Record<SessionGap | SpeakerGap, number>;
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && !hasPlaceholder(item)) : [];
const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '' && !hasPlaceholder(value);
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const title = (file: SourceFile): string => (typeof file.data.title === 'string' ? file.data.title : file.slug);

function sessionCompleteness(file: SourceFile): SessionCompleteness {
  const { data } = file;
  const row = {
    event: file.eventSlug ?? '',
    slug: file.slug,
    path: file.path,
    title: title(file),
    kind: typeof data.kind === 'string' ? data.kind : '',
    order: typeof data.order === 'number' ? data.order : null,
    takeaways: texts(data.takeaways).length,
    quotes: count(data.quotes),
    topics: texts(data.topics).length,
    video: filled(data.video),
    slides: filled(data.slides),
  };
  const missing: SessionGap[] = [];
  if (row.takeaways === 0) missing.push('takeaways');
  if (row.quotes === 0) missing.push('quotes');
  if (row.topics === 0) missing.push('topics');
  if (!row.video) missing.push('video');
  if (!row.slides) missing.push('slides');
  return { ...row, missing };
}

const peopleOf = (data: Record<string, unknown>): string[] => [
  ...texts(data.speakers),
  ...texts(data.panelists),
  ...(typeof data.moderator === 'string' ? [data.moderator] : []),
];

/** The completeness of what a production build publishes: drafts, and sessions of draft events, are left out. */
export function contentCompleteness(root: string): CompletenessReport {
  const { files } = readSourceFiles(root);
  const published = files.filter((file) => file.data.draft !== true);
  const events = published.filter((file) => file.kind === 'event');
  const eventSlugs = new Set(events.map((file) => file.slug));
  const sessionFiles = published.filter((file) => file.kind === 'session' && eventSlugs.has(file.eventSlug ?? ''));
  const sessions = sessionFiles
    .map(sessionCompleteness)
    .sort((a, b) => a.event.localeCompare(b.event) || (a.order ?? 0) - (b.order ?? 0));

  const appearances = new Map<string, number>();
  for (const file of sessionFiles) for (const slug of new Set(peopleOf(file.data))) appearances.set(slug, (appearances.get(slug) ?? 0) + 1);
  const speakers = published
    .filter((file) => file.kind === 'speaker')
    .map((file): SpeakerCompleteness => {
      const bio = file.body.trim() !== '' && !hasPlaceholder(file.body);
      const avatar = filled(file.data.avatar);
      const missing: SpeakerGap[] = [...(bio ? [] : ['bio' as const]), ...(avatar ? [] : ['avatar' as const])];
      const name = typeof file.data.name === 'string' ? file.data.name : file.slug;
      return { slug: file.slug, path: file.path, name, bio, avatar, sessions: appearances.get(file.slug) ?? 0, missing };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));

  const eventRows = events
    .map((file): EventCompleteness => {
      const own = sessions.filter((session) => session.event === file.slug);
      const kinds = Object.fromEntries(SESSION_KINDS.map((kind) => [kind, own.filter((s) => s.kind === kind).length])) as Record<SessionKind, number>;
      return { slug: file.slug, title: title(file), date: String(file.data.date ?? ''), kinds, sessions: own.length };
    })
    .sort((a, b) => b.date.localeCompare(a.date));

  const gaps = { takeaways: 0, quotes: 0, topics: 0, video: 0, slides: 0, bio: 0, avatar: 0 };
  for (const row of [...sessions, ...speakers]) for (const gap of row.missing) gaps[gap] += 1;
  return { events: eventRows, sessions, speakers, gaps };
}
