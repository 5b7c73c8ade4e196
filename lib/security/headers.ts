/**
 * The one source of truth for the site's security headers: `next start` (next.config.ts, and the
 * per-page rules scripts/build-csp.ts adds after the build), the static-host configurations under deploy/
 * (written by scripts/build-static-deploy.ts)
 * and the tests all read these values.
 */

/** Two years, with subdomains: well past the six months browsers and preload lists ask for. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** Browser features the site never uses, switched off for it and for anything it could embed. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
] as const;

/**
 * The Permissions-Policy: every feature off, except those delegated to a page's player hosts. The
 * page itself (self) stays in their allowlists because a browser grants a frame a feature only when
 * its parent document has it too.
 */
export function permissionsPolicy(delegate?: { features: readonly string[]; origins: readonly string[] }): string {
  return DISABLED_FEATURES.map((feature) => {
    if (!delegate?.features.includes(feature)) return `${feature}=()`;
    return `${feature}=(self ${delegate.origins.map((origin) => `"${origin}"`).join(' ')})`;
  }).join(', ');
}

/** Every header except the Content-Security-Policy, which depends on the page (see csp.ts). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy(),
  // frame-ancestors 'none' says the same to current browsers; this is for the ones before CSP 2.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The open data and its schemas (under these paths): JSON in UTF-8, readable by any site's scripts. */
export const OPEN_DATA_PATHS = ['/api/', '/schemas/'] as const;
export const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
};

/** iCalendar files: calendar programs and their import dialogs check the type. */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
