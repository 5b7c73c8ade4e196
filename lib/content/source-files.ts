import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { decodeContentFile } from './decode';
import type { DocumentType } from './model';
import type { Finding, Problem } from './problem';
import { yamlLineHint } from './suggest';
import { unreadableFileProblem } from './unreadable-file';

export type DocumentKind = DocumentType;

/** The file name ending of a translation, beside its original (`chen-wei.en.md` beside `chen-wei.md`). */
export const TRANSLATION_SUFFIX = '.en.md';

/** One editor's Markdown file, located and with its front matter read (not yet checked). */
export interface SourceFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  kind: DocumentKind;
  /** The file or folder name that is the document's slug. */
  slug: string;
  /** For a session: the event folder it sits in. */
  eventSlug?: string;
  /** An English translation (`*.en.md`): its slug is its original's; it holds translatable fields only. */
  translation: boolean;
  data: Record<string, unknown>;
  /** The front matter as written (decoded), for rules about how a value is written rather than what it is. */
  frontMatter: string;
  body: string;
}

export interface ReadResult {
  /** The originals: the documents of the Chinese site. */
  files: SourceFile[];
  /** The `*.en.md` translations, kept apart so no translation is ever taken for an original. */
  translations: SourceFile[];
  problems: Problem[];
}

export const MARKDOWN_LIKE = /\.(md|mdx|markdown|ya?ml|json)$/i;
/** Files in content/ that are not documents: for people, or the topic dictionary (read on its own). */
export const IGNORED = new Set(['README.md', 'topics.yml']);

type Location = Pick<SourceFile, 'kind' | 'slug' | 'eventSlug' | 'translation'>;

function locate(relativeToContent: string): Location | undefined {
  const translation = relativeToContent.endsWith(TRANSLATION_SUFFIX);
  const original = translation ? relativeToContent.slice(0, -TRANSLATION_SUFFIX.length) + '.md' : relativeToContent;
  const location = locateOriginal(original);
  return location && { ...location, translation };
}

function locateOriginal(relativeToContent: string): Omit<Location, 'translation'> | undefined {
  const parts = relativeToContent.split('/');
  if (parts.length === 2 && parts[0] === 'speakers' && parts[1]?.endsWith('.md')) {
    return { kind: 'speaker', slug: parts[1].slice(0, -3) };
  }
  if (parts.length === 3 && parts[0] === 'events' && parts[2] === 'index.md') {
    return { kind: 'event', slug: parts[1] ?? '' };
  }
  if (parts.length === 4 && parts[0] === 'events' && parts[2] === 'sessions' && parts[3]?.endsWith('.md')) {
    return { kind: 'session', slug: parts[3].slice(0, -3), eventSlug: parts[1] ?? '' };
  }
  return undefined;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---\nbody`; a problem instead when the front matter is absent or unreadable. */
export function readFrontMatter(
  text: string,
): { data: Record<string, unknown>; frontMatter: string; body: string } | { error: Finding } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { error: { code: 'front-matter-missing' } };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return { error: { code: 'front-matter-unclosed' } };
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, close).join('\n'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // linePos counts from the first YAML line; the file has the opening "---" above it.
      const line = error.linePos?.[0]?.line;
      // YAML's own reason stays as it says it (it has no Chinese); the hint is ours.
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      // The line YAML stopped at, or the one before it (an unclosed quote is noticed a line late).
      const yamlLines = lines.slice(1, close);
      const hint = line === undefined ? undefined : (yamlLineHint(yamlLines[line - 1] ?? '') ?? yamlLineHint(yamlLines[line - 2] ?? ''));
      return {
        error: { code: 'front-matter-unreadable', params: { line: line === undefined ? undefined : line + 1, reason }, ...(hint ? { hint } : {}) },
      };
    }
    throw error;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { error: { code: 'front-matter-not-mapping' } };
  }
  return { data: data as Record<string, unknown>, frontMatter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n') };
}

/** Reads every document under `<root>/content`; never writes. */
export function readSourceFiles(root: string): ReadResult {
  const contentDir = join(root, 'content');
  const files: SourceFile[] = [];
  const translations: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const absolute of listFiles(contentDir)) {
    const inContent = relative(contentDir, absolute).split(sep).join('/');
    const path = relative(root, absolute).split(sep).join('/');
    if (IGNORED.has(inContent)) continue;
    const location = locate(inContent);
    if (!location) {
      if (MARKDOWN_LIKE.test(inContent)) {
        problems.push({ path, field: 'file', code: 'file-misplaced' });
      }
      continue;
    }
    const decoded = decodeContentFile(readFileSync(absolute));
    if (!decoded.ok) {
      problems.push(unreadableFileProblem(path, decoded));
      continue;
    }
    const parsed = readFrontMatter(decoded.text);
    if ('error' in parsed) {
      problems.push({ path, field: 'front matter', ...parsed.error });
      continue;
    }
    (location.translation ? translations : files).push({ path, ...location, ...parsed });
  }
  return { files, translations, problems };
}
