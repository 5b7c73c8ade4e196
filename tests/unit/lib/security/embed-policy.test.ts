import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { embedPolicyFor, frameOriginsInHtml } from '@/lib/security/embed-policy';
import { securityHeaders } from '@/lib/security/headers';
import { pageHeadersFile } from '@/lib/security/page-headers';

const BILIBILI = 'https://player.bilibili.com';
const features = (policy: string) => Object.fromEntries(policy.split(', ').map((entry) => entry.split('=') as [string, string]));

describe('embedPolicyFor', () => {
  it('keeps today’s policy on a page without a player: no frame, every feature off', () => {
    const policy = embedPolicyFor({ frameOrigins: [] });
    expect(policy.frameSrc).toBe("'none'");
    expect(policy.permissionsPolicy).toBe(securityHeaders['Permissions-Policy']);
  });

  it('lets a page frame exactly its player hosts and delegates the four player features to them only', () => {
    const policy = embedPolicyFor({ frameOrigins: [BILIBILI, 'https://player.vimeo.com', BILIBILI] });
    expect(policy.frameSrc).toBe(`${BILIBILI} https://player.vimeo.com`);
    const allowed = features(policy.permissionsPolicy);
    for (const feature of ['fullscreen', 'autoplay', 'encrypted-media', 'picture-in-picture']) {
      expect(allowed[feature]).toBe(`(self "${BILIBILI}" "https://player.vimeo.com")`);
    }
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(allowed[feature]).toBe('()');
  });

  it('refuses a host that is not a known player', () => {
    expect(() => embedPolicyFor({ frameOrigins: ['https://evil.example'] })).toThrow(/not a known player host/);
  });
});

describe('frameOriginsInHtml', () => {
  it('finds the players a built page asks for and ignores anything else', () => {
    const html = `<div data-embed-src="${BILIBILI}/player.html?bvid=BV1GJ411x7h7&amp;autoplay=1"></div>
      <div data-embed-src="https://evil.example/x"></div><iframe src="https://player.vimeo.com/video/1"></iframe>`;
    expect(frameOriginsInHtml(html)).toEqual([BILIBILI]);
    expect(frameOriginsInHtml('<p>no player</p>')).toEqual([]);
  });
});

describe('the header map with a player page', () => {
  it('gives that page its frame-src and Permissions-Policy, and every other page frame-src none only', () => {
    const file = pageHeadersFile('build-1', {
      pages: { '/a': ["'sha256-a='"], '/video': ["'sha256-v='"] },
      notFound: [],
      frames: { '/video': [BILIBILI] },
    });
    expect(file.pages['/a']?.['Content-Security-Policy']).toBe(contentSecurityPolicy({ kind: 'hashes', hashes: ["'sha256-a='"] }));
    expect(file.pages['/a']?.['Permissions-Policy']).toBe(securityHeaders['Permissions-Policy']);
    expect(file.pages['/video']?.['Content-Security-Policy']).toBe(contentSecurityPolicy({ kind: 'hashes', hashes: ["'sha256-v='"] }, BILIBILI));
    expect(file.pages['/video']?.['Permissions-Policy']).toBe(embedPolicyFor({ frameOrigins: [BILIBILI] }).permissionsPolicy);
    expect(file.pages['/video']?.['Content-Security-Policy']).toContain(`frame-src ${BILIBILI};`);
  });
});
