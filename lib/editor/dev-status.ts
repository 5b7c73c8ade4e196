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

/** Runs the content check and writes its result; returns it with whether it differs from the last one. */
export function refreshDevStatus(root: string): { status: DevContentStatus; changed: boolean } {
  const { problems, todos } = validateContent(root);
  const status: DevContentStatus = { problems, todos };
  const file = join(root, DEV_STATUS_FILE);
  const text = `${JSON.stringify(status, null, 2)}\n`;
  let previous = '';
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    // First run: nothing written yet.
  }
  // An unchanged file is left alone, so the page is not rebuilt for nothing.
  if (previous === text) return { status, changed: false };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { status, changed: true };
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
