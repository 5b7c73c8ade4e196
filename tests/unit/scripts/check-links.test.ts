import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (dir: string) =>
  spawnSync('npx', ['tsx', 'scripts/check-links.ts', dir], { encoding: 'utf8' });

describe('check-links over a built site', () => {
  it(
    'names every broken link, anchor and asset, and nothing that resolves',
    { timeout: 20_000 },
    () => {
      const result = run('tests/fixtures/site');
      expect(result.status).toBe(1);
      const problems = result.stderr.split('\n').filter((line) => line.startsWith('index.html'));
      expect(result.stderr).toContain('✗ 5 broken links or anchors');
      expect(problems.sort()).toEqual([
        'index.html: <a> #nowhere: no element with id "nowhere"',
        'index.html: <a> /events/a#no-such-section: no element with id "no-such-section"',
        'index.html: <a> /events/a/: no such page or file',
        'index.html: <a> /events/b: no such page or file',
        'index.html: <img> /missing.png: no such page or file',
      ]);
    },
  );

  it('passes a site whose links all resolve', { timeout: 20_000 }, () => {
    const result = run('tests/fixtures/site/events');
    expect(result.status, result.stderr).toBe(0);
  });
});
