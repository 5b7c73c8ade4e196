import { getT } from '@/lib/i18n/request';
import { MessageWith } from '../ui/in-language';
import type { Recording, VideoEmbed } from '@/lib/content/types';
import { PLAYER_ALLOW, PLAYER_REFERRER_POLICY, PLAYER_SANDBOX } from '@/lib/media/player';

/**
 * A recording on a host with a player: a placeholder with the title and a play button, and nothing
 * from the host until the reader clicks; then the theme script swaps in the iframe described by the
 * data-embed-* attributes. Without scripts the link below it still leads to the video.
 */
export function VideoPlayer({ video, embed, title, titleLang }: { video: Recording; embed: VideoEmbed; title: string; titleLang?: string }) {
  const t = getT();
  const provider = t.media.providers[embed.provider];
  return (
    <div>
      <div
        data-embed=""
        data-embed-src={embed.src}
        data-embed-title={t.media.playerTitle(provider, title)}
        data-embed-allow={PLAYER_ALLOW}
        data-embed-sandbox={PLAYER_SANDBOX}
        data-embed-referrerpolicy={PLAYER_REFERRER_POLICY}
        className="relative aspect-video overflow-hidden rounded-xl bg-stone-900 text-white print:hidden [&>iframe]:absolute [&>iframe]:inset-0 [&>iframe]:size-full"
      >
        <button
          type="button"
          data-embed-play=""
          className="absolute inset-0 hidden flex-col items-center justify-center gap-3 p-6 text-center [.js_&]:flex hover:bg-stone-800 focus-visible:outline-4 focus-visible:outline-accent-300"
        >
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-16 sm:size-20">
            <circle cx="32" cy="32" r="31" fill="currentColor" opacity="0.2" />
            <path d="M25 20 L46 32 L25 44 Z" fill="currentColor" />
          </svg>
          <span className="text-lg font-bold sm:text-xl">
            <MessageWith message={t.media.play}>
              <span lang={titleLang}>{title}</span>
            </MessageWith>
          </span>
          <span className="text-sm text-stone-300">{t.media.loadsFrom(provider)}</span>
        </button>
      </div>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        <a href={video.url} rel="noopener noreferrer" className="underline hover:text-accent-700 dark:hover:text-accent-300">
          {t.media.watchOn(provider)} ↗
        </a>
      </p>
    </div>
  );
}
