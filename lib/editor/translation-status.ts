import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFiles, type SourceFile } from '../content/source-files';
import { table } from './report-table';

/**
 * Where each published original stands in English. Staleness is decided with git: the original as it
 * was in the translation's last commit is compared with the original now, after normalizing line
 * endings (and a byte-order mark), so a Windows checkout (CRLF) does not mark everything stale. No
 * field is added to the translation for this: nothing to keep up to date by hand.
 */
export type TranslationState = 'current' | 'stale' | 'untranslated' | 'unknown';

export interface TranslationStatus {
  kind: SourceFile['kind'];
  original: string;
  translation: string;
  state: TranslationState;
}

const normalized = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The original as it was when the translation was last committed, or undefined when git cannot say. */
function originalAtTranslation(root: string, original: string, translation: string): string | null | undefined {
  const commit = git(root, ['log', '-1', '--format=%H', '--', translation])?.trim();
  if (commit === undefined) return undefined;
  // A translation not committed yet was written against the original as it is now.
  if (commit === '') return null;
  // "./": the path is relative to root, which need not be the top of the repository.
  return git(root, ['show', `${commit}:./${original}`]) ?? '';
}

export function translationStatus(root: string): TranslationStatus[] {
  const { files, translations } = readSourceFiles(root);
  const translated = new Set(translations.map((file) => file.path));
  return files
    .filter((file) => file.data.draft !== true)
    .map((file): TranslationStatus => {
      const translation = file.path.replace(/\.md$/, '.en.md');
      const base = { kind: file.kind, original: file.path, translation };
      if (!translated.has(translation)) return { ...base, state: 'untranslated' };
      const then = originalAtTranslation(root, file.path, translation);
      if (then === undefined) return { ...base, state: 'unknown' };
      if (then === null) return { ...base, state: 'current' };
      const now = existsSync(join(root, file.path)) ? readFileSync(join(root, file.path), 'utf8') : '';
      return { ...base, state: normalized(then) === normalized(now) ? 'current' : 'stale' };
    })
    .sort((a, b) => a.original.localeCompare(b.original));
}

const STATE_WORDS: Record<TranslationState, string> = {
  current: '已译',
  stale: '过期（原文在译文之后改过）',
  untranslated: '未译',
  unknown: '无法判断（不在 git 仓库中）',
};

/** The English edition's part of the report, for a terminal. */
export function renderTranslationStatus(statuses: TranslationStatus[]): string[] {
  const count = (state: TranslationState) => statuses.filter((status) => status.state === state).length;
  const open = statuses.filter((status) => status.state !== 'current');
  return [
    `英文版（共 ${statuses.length} 篇原文：已译 ${count('current')}，过期 ${count('stale')}，未译 ${count('untranslated')}）`,
    ...(open.length === 0
      ? ['全部已译且是最新的。']
      : table(['原文', '状态', '译文'], open.map((status) => [status.original, STATE_WORDS[status.state], status.translation]))),
  ];
}
