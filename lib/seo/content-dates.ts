import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** When a content file was first published and last changed, as ISO 8601 date-times. */
export interface ContentDates {
  published: string;
  modified: string;
}

/** Looks up a file's dates by its path relative to the repository root (e.g. content/speakers/chen-wei.md). */
export type ContentDatesLookup = (path: string) => ContentDates | undefined;

/** git writes %x00 as a NUL byte: a record separator no path contains. */
const RECORD = '\u0000';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined; // no git, or not a repository (e.g. a tarball): file times are the fallback
  }
}

/**
 * `git log --name-only` over content/, newest commit first, read once: the first commit that names a
 * file is its last change, the last one its first publication. Author dates survive rebases.
 */
export function readGitHistory(root: string): Map<string, ContentDates> {
  const dates = new Map<string, ContentDates>();
  const log = git(
    ['log', '--relative', '--format=%x00%aI', '--name-only', '--no-renames', '--', 'content'],
    root,
  );
  for (const record of (log ?? '').split(RECORD).slice(1)) {
    const [date = '', ...paths] = record.split('\n').map((line) => line.trim());
    for (const path of paths.filter(Boolean)) {
      const known = dates.get(path);
      dates.set(path, { published: date, modified: known?.modified ?? date });
    }
  }
  return dates;
}

/** Files with uncommitted edits or never committed: their own modification time is newer than git's. */
function readUncommitted(root: string): Set<string> {
  const status =
    git(['status', '--porcelain', '--untracked-files=all', '--', 'content'], root) ?? '';
  const prefix = git(['rev-parse', '--show-prefix'], root)?.trim() ?? '';
  return new Set(
    status
      .split('\n')
      .filter(Boolean)
      .map((line) => (line.slice(3).split(' -> ').at(-1) ?? '').replace(/^"|"$/g, ''))
      .map((path) => (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path)),
  );
}

function fileTime(root: string, path: string): string | undefined {
  try {
    return statSync(join(root, path)).mtime.toISOString();
  } catch {
    return undefined;
  }
}

/** A lookup over the repository at `root`: git's dates where it has them, the file's mtime otherwise. */
export function createContentDates(root: string): ContentDatesLookup {
  let history: Map<string, ContentDates> | undefined;
  let uncommitted: Set<string> | undefined;
  return (path) => {
    history ??= readGitHistory(root);
    uncommitted ??= readUncommitted(root);
    const committed = history.get(path);
    if (committed && !uncommitted.has(path)) return committed;
    const mtime = fileTime(root, path);
    if (!mtime) return committed;
    return { published: committed?.published ?? mtime, modified: mtime };
  };
}

/** The site's own content, read from the working directory the build runs in. */
export const contentDates: ContentDatesLookup = createContentDates(process.cwd());

/** The latest of several files' last changes, for pages built from more than one file. */
export function latestModified(lookup: ContentDatesLookup, paths: string[]): string | undefined {
  const dates = paths
    .map((path) => lookup(path)?.modified)
    .filter((date): date is string => date !== undefined);
  return dates.length === 0
    ? undefined
    : dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
