import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem } from '../content/problem';
import { validateContent } from '../content/validate';
import { DEV_STATUS_FILE, readDevStatusText, type DevContentStatus } from './dev-status-file';

/**
 * Runs the content check and writes its result when it differs from the last one written, so an
 * unchanged result wakes nobody. Written under a temporary name and renamed, so a reader never sees half a file.
 */
export function refreshDevStatus(root: string): { status: DevContentStatus; changed: boolean } {
  const { problems, todos } = validateContent(root);
  const status: DevContentStatus = { problems, todos };
  const text = JSON.stringify(status);
  if (readDevStatusText(root) === text) return { status, changed: false };
  const file = join(root, DEV_STATUS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${text}\n`);
  renameSync(`${file}.tmp`, file);
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
