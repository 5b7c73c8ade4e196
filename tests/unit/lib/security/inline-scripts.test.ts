import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, scriptHash } from '@/lib/security/inline-scripts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script byte for byte, once, in page order', () => {
    const html =
      '<head><script>(self.__next_f=self.__next_f||[]).push([0])</script></head>' +
      '<body><script id="_R_">\n  a()\n</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body>';
    expect(inlineScriptHashes(html)).toEqual([
      sha('(self.__next_f=self.__next_f||[]).push([0])'),
      sha('\n  a()\n'),
    ]);
  });

  it('matches the hash a browser reports for the same text (CSP spec example)', () => {
    // Chromium names 'sha256-…' of `alert('Hello, world.');` in its violation message exactly so.
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('skips scripts loaded by src and JSON data blocks, which need no hash', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script type="application/ld+json">{"@type":"Event"}</script>' +
      '<script type="module">b()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('b()')]);
  });

  it('hashes Chinese text as UTF-8, as browsers do', () => {
    expect(inlineScriptHashes('<script>x="大会"</script>')).toEqual([sha('x="大会"')]);
  });
});
