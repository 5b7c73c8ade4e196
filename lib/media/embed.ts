// Recordings on hosts that offer an embeddable player get a click-to-load player; anything else
// stays a plain link. Each pattern is the host's documented embed address for its public URLs.

/** A link to material elsewhere, with the host named for the reader. */
export interface MaterialLink {
  url: string;
  host: string;
}

/** A recording; `embed` when its host offers a player that can load on the reader's click. */
export interface Recording extends MaterialLink {
  embed?: VideoEmbed;
}

export interface VideoEmbed {
  provider: 'bilibili' | 'youtube' | 'vimeo';
  /** The player's address, loaded into an iframe only after the reader asks. */
  src: string;
  /** The player's origin, for the page's frame-src and Permissions-Policy. */
  origin: string;
}

/** The player origins a page may frame: its CSP frame-src and Permissions-Policy name nothing else. */
export const EMBED_ORIGINS = {
  bilibili: 'https://player.bilibili.com',
  // The privacy-enhanced player: no cookies until the reader plays.
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const satisfies Record<VideoEmbed['provider'], string>;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function bilibili(url: URL): string | undefined {
  if (!/^(www\.|m\.)?bilibili\.com$/.test(url.hostname)) return undefined;
  const match = /^\/video\/(BV[0-9A-Za-z]{10}|av\d+)\/?$/.exec(url.pathname);
  if (!match?.[1]) return undefined;
  const id = match[1];
  const params = new URLSearchParams(id.startsWith('BV') ? { bvid: id } : { aid: id.slice(2) });
  const part = url.searchParams.get('p');
  if (part && /^\d+$/.test(part)) params.set('p', part);
  params.set('autoplay', '1');
  return `${EMBED_ORIGINS.bilibili}/player.html?${params}`;
}

function youtube(url: URL): string | undefined {
  let id: string | null | undefined;
  if (url.hostname === 'youtu.be') id = url.pathname.slice(1);
  else if (/^(www\.|m\.)?youtube\.com$/.test(url.hostname)) {
    id = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/(embed|shorts|live)\/([^/]+)\/?$/.exec(url.pathname)?.[2];
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  return `${EMBED_ORIGINS.youtube}/embed/${id}?autoplay=1`;
}

function vimeo(url: URL): string | undefined {
  const onPlayer = url.hostname === 'player.vimeo.com';
  if (!onPlayer && !/^(www\.)?vimeo\.com$/.test(url.hostname)) return undefined;
  const match = (onPlayer ? /^\/video\/(\d+)\/?$/ : /^\/(\d+)(?:\/([0-9a-f]+))?\/?$/).exec(url.pathname);
  if (!match?.[1]) return undefined;
  const params = new URLSearchParams();
  // An unlisted video's link carries its privacy hash; the player needs it as h.
  const hash = match[2] ?? url.searchParams.get('h');
  if (hash) params.set('h', hash);
  params.set('autoplay', '1');
  return `${EMBED_ORIGINS.vimeo}/video/${match[1]}?${params}`;
}

const PLAYERS = { bilibili, youtube, vimeo } as const;

/** The link with its host as a reader would name it (www. dropped). */
export function materialLink(address: string): MaterialLink {
  return { url: address, host: new URL(address).hostname.replace(/^www\./, '') };
}

/** A recording's link, with the player to embed when its host has one. */
export function recordingOf(address: string): Recording {
  const url = new URL(address);
  for (const [provider, player] of Object.entries(PLAYERS) as [VideoEmbed['provider'], (url: URL) => string | undefined][]) {
    const src = player(url);
    if (src) return { ...materialLink(address), embed: { provider, src, origin: EMBED_ORIGINS[provider] } };
  }
  return materialLink(address);
}
