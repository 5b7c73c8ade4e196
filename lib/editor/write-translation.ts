import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readSourceFiles } from '../content/source-files';
import { translationSkeleton } from './translation-skeleton';

/** Why no skeleton was written, as a code lib/i18n/messages words (scaffold.translationError). */
export type TranslationWriteError = 'no-path' | 'not-original' | 'exists';
export type WriteResult = { ok: true; path: string } | { ok: false; error: TranslationWriteError; path?: string };

/** Writes `<original>.en.md` beside a published original; never overwrites, writes nothing on an error. */
export function writeTranslationSkeleton(root: string, originalArg: string | undefined): WriteResult {
  if (!originalArg) return { ok: false, error: 'no-path' };
  const path = relative(root, resolve(root, originalArg)).split(sep).join('/');
  const original = readSourceFiles(root).files.find((file) => file.path === path);
  if (!original) return { ok: false, error: 'not-original', path };
  const target = path.replace(/\.md$/, '.en.md');
  if (existsSync(join(root, target))) return { ok: false, error: 'exists', path: target };
  // New files: UTF-8 without a byte-order mark, LF line endings (content-contract.md).
  writeFileSync(join(root, target), translationSkeleton(original), 'utf8');
  return { ok: true, path: target };
}
