import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { withPagePolicies, type RoutesManifest } from '@/lib/security/routes-manifest';

const CSP = 'Content-Security-Policy';
const built = (): RoutesManifest => ({
  version: 3,
  headers: [
    {
      source: '/:path*',
      regex: '^(?:/(.*))?$',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: CSP, value: contentSecurityPolicy({ kind: 'none' }) },
      ],
    },
  ],
});
const hashes = {
  pages: { '/': ["'sha256-home='"], '/topics/C++(入门)': ["'sha256-topic='"] },
  notFound: ["'sha256-404='"],
  frames: {},
};

describe('withPagePolicies', () => {
  const result = withPagePolicies(built(), hashes);

  it("gives the catch-all rule the not-found page's policy and keeps its other headers", () => {
    expect(result.headers[0]?.headers).toEqual([
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: CSP, value: contentSecurityPolicy({ kind: 'hashes', hashes: ["'sha256-404='"] }) },
    ]);
  });

  it('adds a rule per page, after the catch-all, for the path as written and as sent', () => {
    expect(result.headers.slice(1).map((rule) => rule.source)).toEqual([
      '/',
      '/topics/C\\+\\+\\(入门\\)',
      '/topics/C%2B%2B\\(%E5%85%A5%E9%97%A8\\)',
    ]);
    expect(result.headers[1]?.headers).toEqual([
      { key: CSP, value: contentSecurityPolicy({ kind: 'hashes', hashes: ["'sha256-home='"] }) },
    ]);
  });

  it('replaces its own rules when run again instead of piling them up', () => {
    expect(withPagePolicies(result, hashes)).toEqual(result);
  });

  it('refuses a manifest without the policy rule from next.config.ts', () => {
    expect(() => withPagePolicies({ headers: [] }, hashes)).toThrow(
      /no Content-Security-Policy rule/,
    );
  });
});
