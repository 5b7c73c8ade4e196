// What the click-to-load player's iframe gets: no more than a video player needs.

/** Scripts and the player's own storage, fullscreen presentation, and "watch on the host" windows. */
export const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';

/** The features the page's Permissions-Policy delegates to the player hosts (lib/security/embed-policy.ts). */
export const PLAYER_FEATURES = ['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture'] as const;

export const PLAYER_ALLOW = PLAYER_FEATURES.join('; ');

/** The hosts' players refuse to play without knowing the embedding site; the path stays private. */
export const PLAYER_REFERRER_POLICY = 'strict-origin-when-cross-origin';
