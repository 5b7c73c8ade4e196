import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPageHashes, hashesForPath, pathOfHtmlFile } from '@/lib/security/page-hashes';
import { scriptHash } from '@/lib/security/inline-scripts';

describe('pathOfHtmlFile', () => {
  it('maps the files of both build kinds to the paths they answer', () => {
    expect(pathOfHtmlFile('index.html')).toBe('/');
    expect(pathOfHtmlFile('speakers.html')).toBe('/speakers');
    expect(pathOfHtmlFile('events/a/sessions/b.html')).toBe('/events/a/sessions/b');
    expect(pathOfHtmlFile('topics/推理/index.html')).toBe('/topics/推理');
    expect(pathOfHtmlFile('_not-found.html')).toBe('not-found');
    expect(pathOfHtmlFile('404.html')).toBe('not-found');
    expect(pathOfHtmlFile('_global-error.html')).toBeUndefined();
  });
});

describe('collectPageHashes and hashesForPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-hashes-'));
  mkdirSync(join(dir, 'topics'));
  writeFileSync(join(dir, 'index.html'), '<script>home()</script>');
  writeFileSync(join(dir, 'topics', '推理优化.html'), '<script>topic()</script>');
  writeFileSync(join(dir, '_not-found.html'), '<script>missing()</script>');
  const manifest = collectPageHashes(dir);

  it('gives each page its own hashes, whether its path arrives encoded or not', () => {
    expect(hashesForPath(manifest, '/')).toEqual([scriptHash('home()')]);
    expect(hashesForPath(manifest, '/topics/%E6%8E%A8%E7%90%86%E4%BC%98%E5%8C%96')).toEqual([
      scriptHash('topic()'),
    ]);
    expect(hashesForPath(manifest, '/topics/推理优化/')).toEqual([scriptHash('topic()')]);
  });

  it('gives any other path the not-found page hashes', () => {
    expect(hashesForPath(manifest, '/nope')).toEqual([scriptHash('missing()')]);
    expect(hashesForPath(manifest, '/%E0%A4%A')).toEqual([scriptHash('missing()')]);
  });
});
