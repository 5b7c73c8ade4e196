import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptHash } from '@/lib/security/inline-scripts';
import { normalisePath } from '@/lib/security/header-map.mjs';
import { collectPageHashes, pathOfHtmlFile } from '@/lib/security/page-hashes';

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

describe('normalisePath', () => {
  it('meets encoded and written paths, with or without a trailing slash', () => {
    expect(normalisePath('/topics/%E6%8E%A8%E7%90%86')).toBe('/topics/推理');
    expect(normalisePath('/topics/推理/')).toBe('/topics/推理');
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('/%E0%A4%A')).toBe('/%E0%A4%A');
  });
});

describe('collectPageHashes', () => {
  it('gives each page its own hashes and keeps the not-found page apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-hashes-'));
    mkdirSync(join(dir, 'topics'));
    writeFileSync(join(dir, 'index.html'), '<script>home()</script>');
    writeFileSync(join(dir, 'topics', '推理优化.html'), '<script>topic()</script>');
    writeFileSync(join(dir, '_not-found.html'), '<script>missing()</script>');
    writeFileSync(join(dir, '_global-error.html'), '<script>crash()</script>');
    expect(collectPageHashes(dir)).toEqual({
      pages: { '/': [scriptHash('home()')], '/topics/推理优化': [scriptHash('topic()')] },
      notFound: [scriptHash('missing()')],
      frames: {},
    });
  });
});
