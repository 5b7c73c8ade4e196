import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readSourceFiles } from '../content/source-files';
import { translationSkeleton } from './translation-skeleton';

export type WriteResult = { ok: true; path: string } | { ok: false; error: string };

/** Writes `<original>.en.md` beside a published original; never overwrites, writes nothing on an error. */
export function writeTranslationSkeleton(root: string, originalArg: string | undefined): WriteResult {
  if (!originalArg) return { ok: false, error: '缺少原文的路径，例如 content/speakers/chen-wei.md' };
  const path = relative(root, resolve(root, originalArg)).split(sep).join('/');
  const original = readSourceFiles(root).files.find((file) => file.path === path);
  if (!original) return { ok: false, error: `${path} 不是一篇原文（活动 index.md、场次或嘉宾的 .md 文件）` };
  const target = path.replace(/\.md$/, '.en.md');
  if (existsSync(join(root, target))) return { ok: false, error: `${target} 已经存在，没有覆盖它` };
  // New files: UTF-8 without a byte-order mark, LF line endings (content-contract.md).
  writeFileSync(join(root, target), translationSkeleton(original), 'utf8');
  return { ok: true, path: target };
}
