import { EMBED_ORIGINS } from '../media/embed';
import { PLAYER_FEATURES } from '../media/player';
import { permissionsPolicy } from './headers';

// A page with a recording's player frames exactly that player's host: its CSP's frame-src names those
// origins (and nothing on every other page), and its Permissions-Policy lets those origins alone use
// the features a player needs. Pure, so any way of sending headers (routes manifest, a server, a
// static host's per-path rules) can ask it.

const KNOWN: ReadonlySet<string> = new Set(Object.values(EMBED_ORIGINS));

/** What a page embeds, as the build finds it. */
export interface EmbeddingPage {
  frameOrigins: readonly string[];
}

export interface EmbedPolicy {
  /** The CSP frame-src sources: `'none'`, or the player origins. */
  frameSrc: string;
  /** The page's Permissions-Policy header value. */
  permissionsPolicy: string;
}

const EMBED_SRC = /\bdata-embed-src="([^"]+)"/g;

/** The player origins a built page asks for (its players' data-embed-src), sorted, known hosts only. */
export function frameOriginsInHtml(html: string): string[] {
  const origins = new Set<string>();
  for (const [, src = ''] of html.matchAll(EMBED_SRC)) {
    const origin = URL.canParse(src.replace(/&amp;/g, '&')) ? new URL(src.replace(/&amp;/g, '&')).origin : '';
    if (KNOWN.has(origin)) origins.add(origin);
  }
  return [...origins].sort();
}

export function embedPolicyFor(page: EmbeddingPage): EmbedPolicy {
  const origins = [...new Set(page.frameOrigins)].sort();
  const unknown = origins.filter((origin) => !KNOWN.has(origin));
  if (unknown.length > 0) throw new Error(`not a known player host: ${unknown.join(', ')}`);
  return {
    frameSrc: origins.length > 0 ? origins.join(' ') : "'none'",
    permissionsPolicy: permissionsPolicy(origins.length > 0 ? { features: PLAYER_FEATURES, origins } : undefined),
  };
}

/** Every player host: a static host's one header allows them all, and each page's <meta> narrows it. */
export const ALL_EMBED_ORIGINS: readonly string[] = [...KNOWN].sort();
