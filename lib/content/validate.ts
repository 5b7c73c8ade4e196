import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ZodArray, ZodObject, ZodOptional, type z } from 'zod';
import { avatarPathInPublic } from './avatar-path';
import { describeIssue, fieldPath, unknownKeyMessages } from './describe-issue';
import { fieldRules, type SpeakerFields } from './field-rules';
import { sortProblems, type Problem } from './problem';
import { isSlug } from './slug';
import { readSourceFiles, type SourceFile } from './source-files';
import { didYouMean } from './suggest';

export interface ContentReport {
  problems: Problem[];
  counts: { events: number; sessions: number; speakers: number };
}

/** Every field name a document type knows, nested ones included, for "did you mean" hints. */
function knownFieldNames(schema: z.ZodObject): string[] {
  const names = new Set<string>(Object.keys(schema.shape));
  for (const field of Object.values(schema.shape)) {
    const inner = field instanceof ZodOptional ? field.unwrap() : field;
    if (inner instanceof ZodArray && inner.element instanceof ZodObject) {
      Object.keys(inner.element.shape).forEach((name) => names.add(name));
    }
  }
  return [...names];
}

function checkFields(file: SourceFile): Problem[] {
  const schema = fieldRules[file.kind];
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return [];
  const known = knownFieldNames(schema);
  return result.error.issues.flatMap((issue) => {
    const unknown = unknownKeyMessages(issue, known);
    if (unknown.length > 0) return unknown.map((entry) => ({ path: file.path, ...entry }));
    return [{ path: file.path, field: fieldPath(issue.path) || 'front matter', message: describeIssue(issue) }];
  });
}

function checkSlug(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const rule = 'use lowercase letters a-z, digits and single hyphens (pinyin for Chinese names, e.g. chen-wei)';
  if (!isSlug(file.slug)) {
    const what = file.kind === 'event' ? 'folder name' : 'file name';
    problems.push({ path: file.path, field: 'slug', message: `the ${what} "${file.slug}" is not a valid slug: ${rule}` });
  }
  if (file.eventSlug !== undefined && !isSlug(file.eventSlug)) {
    problems.push({ path: file.path, field: 'slug', message: `the event folder "${file.eventSlug}" is not a valid slug: ${rule}` });
  }
  return problems;
}

interface Roster {
  speakers: Map<string, SpeakerFields & { path: string }>;
  events: Map<string, { draft?: boolean }>;
}

function checkPerson(path: string, field: string, slug: string, roster: Roster, sessionIsDraft: boolean): Problem[] {
  const speaker = roster.speakers.get(slug);
  if (!speaker) {
    return [{
      path,
      field,
      message: `unknown speaker "${slug}": there is no content/speakers/${slug}.md${didYouMean(slug, roster.speakers.keys())}`,
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

function sessionPeople(data: Record<string, unknown>): SessionPeople {
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

function checkSession(file: SourceFile, roster: Roster): Problem[] {
  const { path, data } = file;
  const session = sessionPeople(data);
  const problems: Problem[] = [];
  const person = (field: string, slug: string) => problems.push(...checkPerson(path, field, slug, roster, session.draft));

  if (!roster.events.has(file.eventSlug ?? '')) {
    problems.push({ path, field: 'event', message: `unknown event "${file.eventSlug}": there is no content/events/${file.eventSlug}/index.md` });
  }
  // undefined: the field has the wrong type, which the field rules already report.
  const speakers = session.speakers ?? [];
  const panelists = session.panelists ?? [];
  if (session.kind === 'roundtable') {
    if (data.moderator === undefined) problems.push({ path, field: 'moderator', message: 'is required for a roundtable: the slug of the host' });
    if (session.panelists && panelists.length < 2) problems.push({ path, field: 'panelists', message: `a roundtable needs at least two panelists, but has ${panelists.length}` });
  } else if (session.kind !== undefined && (fieldRules.session.shape.kind.options as readonly string[]).includes(session.kind)) {
    if (session.speakers && speakers.length < 1) problems.push({ path, field: 'speakers', message: `needs at least one speaker slug for a ${session.kind}` });
    if (data.moderator !== undefined) problems.push({ path, field: 'moderator', message: 'only a roundtable has a moderator; use speakers, or set kind: roundtable' });
    if (data.panelists !== undefined) problems.push({ path, field: 'panelists', message: 'only a roundtable has panelists; use speakers, or set kind: roundtable' });
  }
  const checkList = (field: string, slugs: string[]) => {
    const seen = new Set<string>();
    slugs.forEach((slug, index) => {
      if (seen.has(slug)) problems.push({ path, field: `${field}[${index}]`, message: `"${slug}" is listed twice` });
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
  return problems;
}

function checkAvatar(root: string, file: SourceFile, avatar: string): Problem[] {
  const inPublic = avatarPathInPublic(avatar);
  // A path the field rules refuse (.. or a URL) is reported there.
  if (inPublic === undefined || existsSync(join(root, 'public', inPublic))) return [];
  return [{ path: file.path, field: 'avatar', message: `no such file: public/${inPublic}; put the image there or remove the field` }];
}

function checkUniqueOrders(sessions: { file: SourceFile; order: number }[]): Problem[] {
  const byEventAndOrder = new Map<string, SourceFile[]>();
  for (const { file, order } of sessions) {
    const key = `${file.eventSlug}\u0000${order}`;
    byEventAndOrder.set(key, [...(byEventAndOrder.get(key) ?? []), file]);
  }
  return [...byEventAndOrder.entries()].flatMap(([key, files]) => {
    if (files.length < 2) return [];
    const order = key.split('\u0000')[1];
    return files.map((file) => ({
      path: file.path,
      field: 'order',
      message: `${order} is also used by ${files.filter((other) => other !== file).map((other) => other.path).join(', ')}; each session of an event needs its own order`,
    }));
  });
}

/** The one content check, shared by `npm run check:content` and the build: every problem, never a write. */
export function validateContent(root: string): ContentReport {
  const { files, problems } = readSourceFiles(root);
  for (const file of files) problems.push(...checkSlug(file), ...checkFields(file));

  // References are checked against every speaker and event file that exists, valid or not,
  // so one broken speaker file does not also flag each session that names them.
  const roster: Roster = { speakers: new Map(), events: new Map() };
  for (const file of files) {
    if (file.kind === 'speaker') roster.speakers.set(file.slug, { ...(file.data as SpeakerFields), path: file.path });
    if (file.kind === 'event') roster.events.set(file.slug, file.data as { draft?: boolean });
  }
  const orders: { file: SourceFile; order: number }[] = [];
  for (const file of files) {
    if (file.kind === 'session') {
      problems.push(...checkSession(file, roster));
      const { order } = sessionPeople(file.data);
      if (order !== undefined) orders.push({ file, order });
    }
    if (file.kind === 'speaker' && typeof file.data.avatar === 'string') {
      problems.push(...checkAvatar(root, file, file.data.avatar));
    }
  }
  problems.push(...checkUniqueOrders(orders));

  const count = (kind: SourceFile['kind']) => files.filter((file) => file.kind === kind).length;
  return {
    problems: sortProblems(problems),
    counts: { events: count('event'), sessions: count('session'), speakers: count('speaker') },
  };
}
