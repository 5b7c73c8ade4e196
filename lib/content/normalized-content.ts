/**
 * contentlayer2 cannot read front matter with Windows line endings: gray-matter closes the block at
 * "\n---" and leaves each line's "\r" in the YAML, which `yaml` takes as part of the value (or, after a
 * quoted value, as an error). So contentlayer reads a copy of content/ decoded the way the content
 * check decodes it (decode.ts): UTF-8 without a byte-order mark, LF. The editors' files are only read.
 * contentlayer.config.ts hands `syncNormalizedContent` to contentlayer's remote-files source, which runs
 * it before every build (`npm run content:build`) and `contentlayer2 dev`, and watches the copy in dev.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { decodeContentFile } from './decode';
import type { Problem } from './problem';
import { IGNORED, listFiles } from './source-files';
import { unreadableFileProblem } from './unreadable-file';

/** The copy contentlayer reads, git-ignored with the rest of `.contentlayer/`. */
export const NORMALIZED_CONTENT_DIR = '.contentlayer/content';

/** The extensions contentlayer's file source reads as documents. */
const DOCUMENT = /\.(md|mdx|json|ya?ml)$/i;

const posix = (path: string) => path.split(sep).join('/');

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}

/**
 * Brings `copyDir` in line with `contentDir`: writes only files whose text changed (contentlayer's cache
 * goes by modification time), removes files that are gone. A file that cannot be decoded keeps its last
 * good copy and comes back as a problem, worded and formatted as the content check words it.
 */
export function mirrorContent(root: string, contentDir: string, copyDir: string): Problem[] {
  const problems: Problem[] = [];
  const wanted = new Set<string>();
  mkdirSync(copyDir, { recursive: true });
  for (const absolute of existsSync(contentDir) ? listFiles(contentDir) : []) {
    const inContent = posix(relative(contentDir, absolute));
    if (IGNORED.has(inContent) || !DOCUMENT.test(inContent)) continue;
    wanted.add(inContent);
    const decoded = decodeContentFile(readFileSync(absolute));
    if (!decoded.ok) {
      problems.push(unreadableFileProblem(posix(relative(root, absolute)), decoded));
      continue;
    }
    const target = join(copyDir, inContent);
    if (existsSync(target) && readFileSync(target, 'utf8') === decoded.text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, decoded.text);
  }
  for (const absolute of listFiles(copyDir)) {
    if (!wanted.has(posix(relative(copyDir, absolute)))) rmSync(absolute);
  }
  removeEmptyFolders(copyDir);
  return problems;
}

/** `contentlayer2 dev`, or `next dev` running contentlayer through its webpack plugin. */
const isPreview = () => process.env.NODE_ENV === 'development' || process.argv.slice(2).includes('dev');

/**
 * contentlayer's `syncFiles`: mirrors content/ into `copyDir`, then keeps the copy current while
 * contentlayer watches it (dev). A build refuses an unreadable file before contentlayer parses anything.
 * The preview carries on without it (contentlayer would stop watching for good), while the content
 * check beside it reports the file until it is fixed.
 */
export async function syncNormalizedContent(
  copyDir: string,
  word: (problems: Problem[]) => { lines: string[]; verdict: string },
): Promise<() => void> {
  // The project contentlayer resolved the copy's path from (its cwd, which it takes from $PWD).
  const root = resolve(copyDir, ...NORMALIZED_CONTENT_DIR.split('/').map(() => '..'));
  const contentDir = join(root, 'content');
  const problems = mirrorContent(root, contentDir, copyDir);
  if (problems.length > 0) {
    const { lines, verdict } = word(problems);
    console.error(lines.join('\n'));
    if (!isPreview()) {
      const error = new Error(verdict);
      // contentlayer prints the error whole; the lines above already say where and what to do.
      error.stack = error.message;
      throw error;
    }
  }
  if (!existsSync(contentDir)) return () => {};
  let timer: NodeJS.Timeout | undefined;
  const remirror = () => {
    try {
      mirrorContent(root, contentDir, copyDir);
    } catch (error) {
      // A file renamed or deleted mid-save: the next change event mirrors it again.
      console.error('could not copy content/ for contentlayer:', error);
    }
  };
  const watcher = watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    // Editors save in several writes; mirror once they settle.
    timer = setTimeout(remirror, 50);
    timer.unref();
  });
  watcher.on('error', () => watcher.close());
  // A one-off build must exit once contentlayer is done; in dev contentlayer's own watcher keeps it alive.
  watcher.unref();
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
