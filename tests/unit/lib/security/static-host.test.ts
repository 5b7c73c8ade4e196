import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security/headers';
import { headersFile, nginxServerBlock, withMetaPolicy } from '@/lib/security/static-host';

describe('the static hosts configurations under deploy/', () => {
  it('are exactly what lib/security generates (run npm run build:static:deploy after a change)', () => {
    expect(readFileSync('deploy/_headers', 'utf8')).toBe(headersFile());
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock());
  });

  it('carry every security header, and nginx sends them on errors too', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(headersFile()).toContain(`  ${name}: ${value}\n`);
      expect(nginxServerBlock()).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(nginxServerBlock()).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(nginxServerBlock()).toContain('error_page 404 /404.html;');
  });
});

describe('withMetaPolicy', () => {
  it('puts the page policy right after the charset, before any script', () => {
    const html = withMetaPolicy(
      '<html><head><meta charSet="utf-8"/><script src="/a.js"></script></head></html>',
      ["'sha256-x='"],
    );
    expect(html).toBe(
      `<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-x='; frame-src 'none'"/><script src="/a.js"></script></head></html>`,
    );
  });

  it('refuses to add a second policy to a page', () => {
    const once = withMetaPolicy('<head></head>', []);
    expect(() => withMetaPolicy(once, [])).toThrow(/already/);
  });
});
