import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { DocumentType } from './model';
import type { Problem } from './problem';
import { yamlLineHint } from './suggest';

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
  body: string;
}

export interface ReadResult {
  /** The originals: the documents of the Chinese site. */
  files: SourceFile[];
  /** The `*.en.md` translations, kept apart so no translation is ever taken for an original. */
  translations: SourceFile[];
  problems: Problem[];
}

const MARKDOWN_LIKE = /\.(md|mdx|markdown|ya?ml|json)$/i;
/** Files in content/ that are not documents: for people, or the topic dictionary (read on its own). */
const IGNORED = new Set(['README.md', 'topics.yml']);

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

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---\nbody`; a problem instead when the front matter is absent or unreadable. */
export function readFrontMatter(
  text: string,
): { data: Record<string, unknown>; body: string } | { error: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { error: 'missing: the file must start with a line "---", then the fields, then "---"' };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return { error: 'not closed: add a line "---" after the last field' };
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, close).join('\n'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // linePos counts from the first YAML line; the file has the opening "---" above it.
      const line = error.linePos?.[0]?.line;
      const where = line === undefined ? '' : ` (line ${line + 1} of the file)`;
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      // The line YAML stopped at, or the one before it (an unclosed quote is noticed a line late).
      const yamlLines = lines.slice(1, close);
      const hint =
        line === undefined ? '' : yamlLineHint(yamlLines[line - 1] ?? '') || yamlLineHint(yamlLines[line - 2] ?? '');
      return { error: `cannot be read${where}: ${reason}${hint ? `; ${hint}` : ''}` };
    }
    throw error;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { error: 'must be a list of "field: value" lines' };
  }
  return { data: data as Record<string, unknown>, body: lines.slice(close + 1).join('\n') };
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
        problems.push({
          path,
          field: 'file',
          message:
            'not a place the site reads: events go in content/events/<event>/index.md, sessions in content/events/<event>/sessions/<session>.md, speakers in content/speakers/<speaker>.md',
        });
      }
      continue;
    }
    const parsed = readFrontMatter(readFileSync(absolute, 'utf8'));
    if ('error' in parsed) {
      problems.push({ path, field: 'front matter', message: parsed.error });
      continue;
    }
    (location.translation ? translations : files).push({ path, ...location, ...parsed });
  }
  return { files, translations, problems };
}
