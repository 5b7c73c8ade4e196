/** Content-Security-Policy values; one builder so the server, the static hosts and the tests agree. */

/** sha256 hash sources of a page's inline scripts, e.g. `'sha256-…'`. */
export type ScriptHashes = readonly string[];

/**
 * How inline scripts are allowed:
 * - `hashes`: exactly the page's own inline scripts (what `next start` sends per page);
 * - `none`: no inline script at all (responses that are not pages);
 * - `static-host`: a static host sends one header for every file, so it allows inline scripts and
 *   each exported page narrows that with a <meta> policy holding its hashes (the browser enforces both).
 */
export type InlineScripts =
  | { kind: 'hashes'; hashes: ScriptHashes }
  | { kind: 'none' }
  | { kind: 'static-host' };

const BASE_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['img-src', "'self'"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['worker-src', "'self'"],
];

function scriptSources(inline: InlineScripts): string {
  if (inline.kind === 'hashes') return ["'self'", ...inline.hashes].join(' ');
  if (inline.kind === 'static-host') return "'self' 'unsafe-inline'";
  return "'self'";
}

/**
 * The response header value. Never 'unsafe-eval'. frameSrc: `'none'`, or the player origins of a page
 * with a recording (lib/security/embed-policy.ts).
 */
export function contentSecurityPolicy(inline: InlineScripts, frameSrc = "'none'"): string {
  const directives = [
    ...BASE_DIRECTIVES,
    ['frame-src', frameSrc] as const,
    ['script-src', scriptSources(inline)] as const,
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The <meta> policy an exported page carries on a static host: script-src and frame-src, the
 * directives whose values differ per page (frame-ancestors and the rest cannot be set by <meta> and
 * come from the host's header, whose frame-src allows every player host for this one to narrow).
 */
export function metaContentSecurityPolicy(hashes: ScriptHashes, frameSrc = "'none'"): string {
  return `script-src ${scriptSources({ kind: 'hashes', hashes })}; frame-src ${frameSrc}`;
}
