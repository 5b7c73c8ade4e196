import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { avatarPathInPublic } from './avatar-path';
import { describeIssue, fieldPath, unknownKeyFindings, type IssueContext } from './describe-issue';
import { contentModels, type Fields } from './model';
import { fieldRules, translationRules } from './model/zod';
import { hasPlaceholder, placeholderFields } from './placeholder';
import { sortProblems, type Problem } from './problem';
import { checkAcrossFiles, checkBodyMarkdown, rosterOf, slugFinding, speakerSlugFor } from './rules';
import { readSourceFiles, type SourceFile } from './source-files';
import { readTopicDictionary } from './topics';

export interface ContentReport {
  /** What stops a build: the contract's rules, and 【待填写】 marks left in a published file. */
  problems: Problem[];
  /** 【待填写】 marks in drafts: what is left to write before publishing; they stop nothing. */
  todos: Problem[];
  counts: { events: number; sessions: number; speakers: number; translations: number };
}

/** Every field name a document type knows, nested ones included, for "did you mean" hints. */
function knownFieldNames(fields: Fields): string[] {
  const names = new Set<string>(Object.keys(fields));
  for (const field of Object.values(fields)) {
    if (field.kind === 'list' && field.of.kind === 'object') Object.keys(field.of.fields).forEach((name) => names.add(name));
  }
  return [...names];
}

function checkFields(file: SourceFile, context: IssueContext): Problem[] {
  const result = (file.translation ? translationRules : fieldRules)[file.kind].safeParse(file.data, { reportInput: true });
  if (result.success) return [];
  const fields: Fields = contentModels[file.kind].fields;
  // A translation may hold only translatable fields: any other field of the original comes from the original.
  const structural = file.translation ? Object.keys(fields).filter((name) => !fields[name]?.translatable) : [];
  const known = knownFieldNames(fields).filter((name) => !structural.includes(name));
  return result.error.issues.flatMap((issue) => {
    const unknown = unknownKeyFindings(issue, known, structural);
    if (unknown.length > 0) return unknown.map(({ field, finding }) => ({ path: file.path, field, ...finding }));
    return [{ path: file.path, field: fieldPath(issue.path) || 'front matter', ...describeIssue(issue, context) }];
  });
}

function checkSlug(file: SourceFile): Problem[] {
  const own = slugFinding(file.slug, file.kind === 'event' ? 'folder' : 'file', file.kind === 'speaker');
  const folder = file.eventSlug === undefined ? undefined : slugFinding(file.eventSlug, 'event-folder');
  return [own, folder].flatMap((finding) => (finding ? [{ path: file.path, field: 'slug', ...finding }] : []));
}

/** Where the scaffolder's 【待填写】 marks are still in the file, each with what to write there. */
function placeholders(file: SourceFile): Problem[] {
  const fields = placeholderFields(file.data);
  if (hasPlaceholder(file.body)) fields.push('body');
  const todo = (field: string): string => {
    const top = field.replace(/[.[].*$/, '');
    if (field === 'body') return `body-${file.kind}`;
    if (top === 'summary' || top === 'topics' || top === 'takeaways') return top;
    return (contentModels[file.kind].fields as Fields)[top]?.required ? 'text' : 'optional-text';
  };
  return fields.map((field) => ({ path: file.path, field, code: 'placeholder', params: { todo: todo(field) } }));
}

function checkAvatar(root: string, file: SourceFile, avatar: string): Problem[] {
  const inPublic = avatarPathInPublic(avatar);
  // A path the field rules refuse (.. or a URL) is reported there.
  if (inPublic === undefined || existsSync(join(root, 'public', inPublic))) return [];
  return [{ path: file.path, field: 'avatar', code: 'avatar-missing', params: { file: `public/${inPublic}` } }];
}

/** The one content check, shared by `npm run check:content`, the build and the preview: every problem, never a write. */
export function validateContent(root: string): ContentReport {
  const { files, translations, problems } = readSourceFiles(root);
  // The problems so far are the files that could not be read.
  const unread = new Set(problems.map((problem) => problem.path));
  const todos: Problem[] = [];
  const roster = rosterOf(files);
  const context: IssueContext = { speakerSlugFor: (value) => speakerSlugFor(value, roster) };
  const isDraft = (file: SourceFile) =>
    file.data.draft === true || (file.kind === 'session' && roster.events.get(file.eventSlug ?? '')?.draft === true);

  for (const file of [...files, ...translations]) {
    problems.push(...checkSlug(file), ...checkFields(file, context), ...checkBodyMarkdown(file));
    (isDraft(file) ? todos : problems).push(...placeholders(file));
    if (!file.translation && file.kind === 'speaker' && typeof file.data.avatar === 'string') problems.push(...checkAvatar(root, file, file.data.avatar));
  }
  problems.push(...checkAcrossFiles({ files, translations, roster, topics: readTopicDictionary(root), unread }));

  const count = (kind: SourceFile['kind']) => files.filter((file) => file.kind === kind).length;
  return {
    problems: sortProblems(problems),
    todos: sortProblems(todos),
    counts: { events: count('event'), sessions: count('session'), speakers: count('speaker'), translations: translations.length },
  };
}
