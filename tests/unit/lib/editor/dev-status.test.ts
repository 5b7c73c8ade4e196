import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDevStatus, refreshDevStatus } from '@/lib/editor/dev-status';
import { DEV_STATUS_FILE, readDevStatusText } from '@/lib/editor/dev-status-file';

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
    expect(written()).toMatchObject({ problems: [] });
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

  it('is read back as one line of JSON, which the dev route streams as one event', () => {
    expect(readDevStatusText(root)).toBeUndefined();
    refreshDevStatus(root);
    expect(readDevStatusText(root)).not.toContain('\n');
    expect(JSON.parse(readDevStatusText(root) ?? '')).toEqual(written());
  });
});

describe('describeDevStatus', () => {
  it('prints every problem as <path>: <field>: <message>, or one line when all is well', () => {
    const problem = { path: 'content/speakers/x.md', field: 'name', message: 'is required' };
    expect(describeDevStatus({ lang: 'zh', problems: [problem], todos: [] }).slice(1)).toEqual(['  content/speakers/x.md: name: is required']);
    expect(describeDevStatus({ lang: 'zh', problems: [problem], todos: [] })[0]).toMatch(/✗ 内容检查发现 1 个问题/);
    expect(describeDevStatus({ lang: 'zh', problems: [], todos: [problem] })).toEqual([expect.stringMatching(/✓ 内容检查通过；草稿里还有 1 处【待填写】$/)]);
  });
});
