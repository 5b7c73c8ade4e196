import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, type Problem } from '../content/problem';
import { validateContent } from '../content/validate';

/** Where `npm run dev` keeps the content check's latest result for the page's banner (git-ignored). */
export const DEV_STATUS_FILE = '.dev/content-status.json';

export interface DevContentStatus {
  problems: Problem[];
  todos: Problem[];
}

/**
 * Runs the content check and writes its result when it differs from the last one written.
 * `force` writes it again even when equal (with a new revision), for a page that missed a quick succession of writes.
 */
export function refreshDevStatus(root: string, force = false): { status: DevContentStatus; changed: boolean } {
  const { problems, todos } = validateContent(root);
  const status: DevContentStatus = { problems, todos };
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
  const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  if (problems.length === 0) {
    const left = todos.length > 0 ? `；草稿里还有 ${todos.length} 处【待填写】` : '';
    return [`[${time}] ✓ 内容检查通过${left}`];
  }
  return [
    `[${time}] ✗ 内容检查发现 ${problems.length} 个问题（浏览器页面顶部也会显示）：`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
  ];
}
