import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateContent } from '../content/validate';
import { editorLang, formatProblem, messagesFor, wordProblem } from '../i18n/messages';
import { DEV_STATUS_FILE, readDevStatusText, type DevContentStatus } from './dev-status-file';

/**
 * Runs the content check and writes its result when it differs from the last one written, so an
 * unchanged result wakes nobody. Written under a temporary name and renamed, so a reader never sees half a file.
 */
export function refreshDevStatus(root: string): { status: DevContentStatus; changed: boolean } {
  const { problems, todos } = validateContent(root);
  const lang = editorLang();
  const status: DevContentStatus = {
    lang,
    problems: problems.map((problem) => wordProblem(problem, lang)),
    todos: todos.map((todo) => wordProblem(todo, lang)),
  };
  const text = JSON.stringify(status);
  if (readDevStatusText(root) === text) return { status, changed: false };
  const file = join(root, DEV_STATUS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${text}\n`);
  renameSync(`${file}.tmp`, file);
  return { status, changed: true };
}

/** The terminal's view of a result: every problem as `<path>: <field>: <message>`, then a one-line verdict. */
export function describeDevStatus({ lang, problems, todos }: DevContentStatus): string[] {
  const { preview } = messagesFor(lang);
  const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  if (problems.length === 0) return [preview.passed(time, todos.length)];
  return [preview.failed(time, problems.length), ...problems.map((problem) => `  ${formatProblem(problem, lang)}`)];
}
