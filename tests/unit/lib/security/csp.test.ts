import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '@/lib/security/csp';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]),
  );

describe('contentSecurityPolicy', () => {
  it('has the directives the issue asks for', () => {
    const policy = directives(contentSecurityPolicy({ kind: 'none' }));
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
      'style-src': "'self'",
      'script-src': "'self'",
    });
  });

  it('allows a page exactly its own inline scripts, never eval or any inline script', () => {
    const policy = contentSecurityPolicy({
      kind: 'hashes',
      hashes: ["'sha256-abc='", "'sha256-def='"],
    });
    expect(directives(policy)['script-src']).toBe("'self' 'sha256-abc=' 'sha256-def='");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('lets a static host allow inline scripts only for the page <meta> policy to narrow', () => {
    expect(directives(contentSecurityPolicy({ kind: 'static-host' }))['script-src']).toBe(
      "'self' 'unsafe-inline'",
    );
    expect(metaContentSecurityPolicy(["'sha256-abc='"])).toBe(
      "script-src 'self' 'sha256-abc='; frame-src 'none'",
    );
  });
});
