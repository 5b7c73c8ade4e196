import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (report: string, env: Record<string, string> = {}) =>
  spawnSync('node', ['scripts/audit-deps.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, AUDIT_REPORT_FILE: `tests/fixtures/audit/${report}.json`, ...env },
  });

describe('audit-deps', () => {
  it('fails on a high advisory in production dependencies and names it', () => {
    const result = run('high');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('example-parser (high)');
  });

  it('passes when only lower advisories remain', () => {
    expect(run('clean').status).toBe(0);
  });

  it('says loudly that nothing was audited when the endpoint refuses, and fails when an audit is required', () => {
    const relaxed = run('unreachable');
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toContain('DEPENDENCIES NOT AUDITED');
    expect(run('unreachable', { AUDIT_REQUIRED: '1' }).status).toBe(1);
  });
});
