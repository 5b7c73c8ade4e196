import { initials, placeholderClass } from '@/lib/avatar-placeholder';
import type { SpeakerRef } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';

const SIZES = { sm: 'size-10 text-base', md: 'size-14 text-xl', lg: 'size-24 text-3xl' } as const;

interface SpeakerAvatarProps {
  speaker: Pick<SpeakerRef, 'slug' | 'name' | 'avatar' | 'edition' | 'contentLocale' | 'originalFields'>;
  size?: keyof typeof SIZES;
}

/** The editor's portrait, or initials on a colour derived from the slug (never random). */
export function SpeakerAvatar({ speaker, size = 'md' }: SpeakerAvatarProps) {
  const box = `${SIZES[size]} shrink-0 rounded-full`;
  if (speaker.avatar) {
    // Portraits are small static files; next/image would add client JavaScript for no gain here.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={speaker.avatar} alt="" className={`${box} object-cover`} loading="lazy" />;
  }
  return (
    <span
      aria-hidden="true"
      lang={textLang(speaker, 'name')}
      className={`${box} ${placeholderClass(speaker.slug)} inline-flex items-center justify-center font-semibold text-white select-none`}
    >
      {initials(speaker.name)}
    </span>
  );
}
