import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ZodArray, ZodObject, ZodOptional, type z } from 'zod';
import { slugFromName, slugFromText } from '../editor/pinyin-slug';
import { avatarPathInPublic } from './avatar-path';
import { describeIssue, fieldPath, unknownKeyMessages, type IssueContext } from './describe-issue';
import type { RawSpeaker } from './model';
import { contentModels, type Lang } from './model';
import { fieldRules, translationRules } from './model/zod';
import { hasPlaceholder, PLACEHOLDER_PREFIX, placeholderFields } from './placeholder';
import { sortProblems, type Problem } from './problem';
import { checkSession, sessionPeople, type Roster } from './session-rules';
import { isSlug } from './slug';
import { checkReservedSlug } from './reserved-slugs';
import { readSourceFiles, type SourceFile } from './source-files';
import { checkTopicDictionary, readTopicDictionary } from './topics';
import { wordProblem } from './translation-messages';
import { checkTranslations } from './translation-rules';

export interface ContentReport {
  /** What stops a build: the contract's rules, and 【待填写】 marks left in a published file. */
  problems: Problem[];
  /** 【待填写】 marks in drafts: what is left to write before publishing; they stop nothing. */
  todos: Problem[];
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

function checkFields(file: SourceFile, context: IssueContext): Problem[] {
  const schema = (file.translation ? translationRules : fieldRules)[file.kind];
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return [];
  const known = knownFieldNames(schema);
  // A field of the original that a translation may not hold: its value comes from the original.
  const structural = file.translation ? Object.keys(contentModels[file.kind].fields) : [];
  return result.error.issues.flatMap((issue) => {
    const unknown = unknownKeyMessages(issue, known, structural);
    if (unknown.length > 0) return unknown.map((entry) => ({ path: file.path, ...entry }));
    return [{ path: file.path, field: fieldPath(issue.path) || 'front matter', message: describeIssue(issue, context) }];
  });
}

function checkSlug(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const rule = 'use lowercase letters a-z, digits and single hyphens (pinyin for Chinese names, e.g. chen-wei)';
  const rename = (slug: string) => {
    const fixed = file.kind === 'speaker' ? slugFromName(slug) : slugFromText(slug);
    return fixed && fixed !== slug ? `; rename it to ${fixed}` : '';
  };
  if (!isSlug(file.slug)) {
    const what = file.kind === 'event' ? 'folder name' : 'file name';
    problems.push({ path: file.path, field: 'slug', message: `the ${what} "${file.slug}" is not a valid slug: ${rule}${rename(file.slug)}` });
  }
  if (file.eventSlug !== undefined && !isSlug(file.eventSlug)) {
    problems.push({ path: file.path, field: 'slug', message: `the event folder "${file.eventSlug}" is not a valid slug: ${rule}${rename(file.eventSlug)}` });
  }
  return problems;
}

/** Where the scaffolder's 【待填写】 marks are still in the file, each with what to write there. */
function placeholders(file: SourceFile): Problem[] {
  const fields = placeholderFields(file.data);
  if (hasPlaceholder(file.body)) fields.push('body');
  const what = (field: string): string => {
    const top = field.replace(/[.[].*$/, '');
    if (field === 'body') {
      if (file.kind === 'speaker') return 'write the biography below the front matter';
      return file.kind === 'session'
        ? 'write the recap below the front matter (headings and paragraphs)'
        : "write the event's introduction below the front matter";
    }
    if (top === 'summary') return 'write one paragraph that sums it up (it is also the description search engines show)';
    if (top === 'topics') return 'write a topic name, e.g. 推理优化';
    if (top === 'takeaways') return 'write a key point, or remove the line';
    const shape: Record<string, unknown> = fieldRules[file.kind].shape;
    const optional = shape[top] instanceof ZodOptional;
    return optional ? 'write the real text, or remove the line' : 'write the real text';
  };
  return fields.map((field) => ({ path: file.path, field, message: `still has the placeholder ${PLACEHOLDER_PREFIX}: ${what(field)}` }));
}

function checkAvatar(root: string, file: SourceFile, avatar: string): Problem[] {
  const inPublic = avatarPathInPublic(avatar);
  // A path the field rules refuse (.. or a URL) is reported there.
  if (inPublic === undefined || existsSync(join(root, 'public', inPublic))) return [];
  return [{ path: file.path, field: 'avatar', message: `no such file: public/${inPublic}; put the image there or remove the field` }];
}

function checkUniqueOrders(sessions: { file: SourceFile; order: number }[]): Problem[] {
  const byEventAndOrder = new Map<string, SourceFile[]>();
  const highest = new Map<string, number>();
  for (const { file, order } of sessions) {
    const key = `${file.eventSlug}\u0000${order}`;
    byEventAndOrder.set(key, [...(byEventAndOrder.get(key) ?? []), file]);
    highest.set(file.eventSlug ?? '', Math.max(order, highest.get(file.eventSlug ?? '') ?? 0));
  }
  return [...byEventAndOrder.entries()].flatMap(([key, files]) => {
    if (files.length < 2) return [];
    const order = key.split('\u0000')[1];
    const free = (highest.get(files[0]?.eventSlug ?? '') ?? 0) + 1;
    return files.map((file) => ({
      path: file.path,
      field: 'order',
      message: `${order} is also used by ${files.filter((other) => other !== file).map((other) => other.path).join(', ')}; each session of an event needs its own order (the next free one is ${free})`,
    }));
  });
}

/** The one content check, shared by `npm run check:content` and the build: every problem, never a write. */
export function validateContent(root: string, { lang = 'zh' }: { lang?: Lang } = {}): ContentReport {
  const { files, translations, problems } = readSourceFiles(root);
  const todos: Problem[] = [];

  // References are checked against every speaker and event file that exists, valid or not,
  // so one broken speaker file does not also flag each session that names them.
  const roster: Roster = { speakers: new Map(), events: new Map() };
  for (const file of files) {
    if (file.kind === 'speaker') roster.speakers.set(file.slug, { ...(file.data as RawSpeaker), path: file.path });
    if (file.kind === 'event') roster.events.set(file.slug, file.data as { draft?: boolean });
  }
  const context: IssueContext = {
    speakerSlugFor: (value) =>
      [...roster.speakers.entries()].find(([slug, speaker]) => speaker.name === value || slug === value.toLowerCase())?.[0],
  };
  const isDraft = (file: SourceFile) =>
    file.data.draft === true || (file.kind === 'session' && roster.events.get(file.eventSlug ?? '')?.draft === true);

  const orders: { file: SourceFile; order: number }[] = [];
  for (const file of files) {
    problems.push(...checkSlug(file), ...checkFields(file, context), ...checkReservedSlug(file).map((problem) => wordProblem(problem, lang)));
    (isDraft(file) ? todos : problems).push(...placeholders(file));
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
  for (const file of translations) {
    problems.push(...checkSlug(file), ...checkFields(file, context));
    (isDraft(file) ? todos : problems).push(...placeholders(file));
  }
  // Between files: each translation against its original; the topic dictionary against the sessions.
  const topics = readTopicDictionary(root);
  const sessionTopics = files.flatMap((file) => (file.kind === 'session' && Array.isArray(file.data.topics) ? file.data.topics.map(String) : []));
  problems.push(
    ...[...checkTranslations(files, translations), ...topics.problems, ...checkTopicDictionary(topics.entries, sessionTopics)].map(
      (problem) => wordProblem(problem, lang),
    ),
  );

  const count = (kind: SourceFile['kind']) => files.filter((file) => file.kind === kind).length;
  return {
    problems: sortProblems(problems),
    todos: sortProblems(todos),
    counts: { events: count('event'), sessions: count('session'), speakers: count('speaker') },
  };
}
