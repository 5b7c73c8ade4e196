import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEV_STATUS_FILE, describeDevStatus, refreshDevStatus } from '@/lib/editor/dev-status';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'npcon-dev-status-'));
  cpSync(join(process.cwd(), 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const written = () => JSON.parse(readFileSync(join(root, DEV_STATUS_FILE), 'utf8'));

describe('refreshDevStatus', () => {
  it('writes the check’s problems and to-dos for the banner, and rewrites only when they change', () => {
    expect(refreshDevStatus(root).changed).toBe(true);
    expect(written()).toMatchObject({ problems: [], revision: 1 });
    expect(written().todos).toHaveLength(3);
    const before = statSync(join(root, DEV_STATUS_FILE)).mtimeMs;
    expect(refreshDevStatus(root).changed).toBe(false);
    expect(statSync(join(root, DEV_STATUS_FILE)).mtimeMs).toBe(before);

    const session = join(root, 'content/events/demo-2024/sessions/second-talk.md');
    writeFileSync(session, readFileSync(session, 'utf8').replace('order: 2', 'order: "2"'));
    expect(refreshDevStatus(root).changed).toBe(true);
    expect(written().problems).toEqual([
      {
        path: 'content/events/demo-2024/sessions/second-talk.md',
        field: 'order',
        message: '必须是数字，但现在是文字“2”；去掉引号：order: 2',
      },
    ]);
  });

  it('writes an unchanged result again, as a new revision, when forced', () => {
    refreshDevStatus(root);
    expect(refreshDevStatus(root, true).changed).toBe(false);
    expect(written().revision).toBe(2);
  });
});

describe('describeDevStatus', () => {
  it('prints every problem as <path>: <field>: <message>, or one line when all is well', () => {
    const problem = { path: 'content/speakers/x.md', field: 'name', message: 'is required' };
    expect(describeDevStatus({ problems: [problem], todos: [] }).slice(1)).toEqual(['  content/speakers/x.md: name: is required']);
    expect(describeDevStatus({ problems: [problem], todos: [] })[0]).toMatch(/✗ 内容检查发现 1 个问题/);
    expect(describeDevStatus({ problems: [], todos: [problem] })).toEqual([expect.stringMatching(/✓ 内容检查通过；草稿里还有 1 处【待填写】$/)]);
  });
});
