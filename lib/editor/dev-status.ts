import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateContent } from '../content/validate';
import { editorLang, formatProblem, messagesFor, wordProblem, type WordedProblem } from '../i18n/messages';

/** Where `npm run dev` keeps the content check's latest result for the page's banner (git-ignored). */
export const DEV_STATUS_FILE = '.dev/content-status.json';

/** The check's result, worded in the editor's language (`CONTENT_LANG`), as the page's banner shows it. */
export interface DevContentStatus {
  problems: WordedProblem[];
  todos: WordedProblem[];
}

/**
 * Runs the content check and writes its result when it differs from the last one written.
 * `force` writes it again even when equal (with a new revision), for a page that missed a quick succession of writes.
 */
export function refreshDevStatus(root: string, force = false): { status: DevContentStatus; changed: boolean } {
  const { problems, todos } = validateContent(root);
  const lang = editorLang();
  const status: DevContentStatus = { problems: problems.map((problem) => wordProblem(problem, lang)), todos: todos.map((todo) => wordProblem(todo, lang)) };
  const file = join(root, DEV_STATUS_FILE);
  let previous: (DevContentStatus & { revision?: number }) | undefined;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // First run, or a file cut short: write it anew.
  }
  const same = JSON.stringify({ problems: previous?.problems, todos: previous?.todos }) === JSON.stringify(status);
  // An unchanged result is not written, so the page is not rebuilt for nothing.
  if (same && !force) return { status, changed: false };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...status, revision: (previous?.revision ?? 0) + 1 }, null, 2)}\n`);
  return { status, changed: !same };
}

/** The terminal's view of a result: every problem as `<path>: <field>: <message>`, then a one-line verdict. */
export function describeDevStatus({ problems, todos }: DevContentStatus): string[] {
  const { preview } = messagesFor();
  const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  if (problems.length === 0) return [preview.passed(time, todos.length)];
  return [preview.failed(time, problems.length), ...problems.map((problem) => `  ${formatProblem(problem)}`)];
}
