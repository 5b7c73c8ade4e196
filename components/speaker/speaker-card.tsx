import { Link } from '@/components/ui/link';
import type { SpeakerRef } from '@/lib/content/types';
import { SpeakerAvatar } from './speaker-avatar';
import { SpeakerAffiliation } from './speaker-affiliation';
import { textLang } from '@/lib/i18n';

interface SpeakerCardProps {
  speaker: SpeakerRef;
  /** A note under the name, such as the person's role in a session. */
  note?: string;
}

export function SpeakerCard({ speaker, note }: SpeakerCardProps) {
  return (
    <Link
      href={speaker.url}
      className="group flex h-full items-center gap-4 rounded-xl border border-stone-200 bg-white p-4 transition hover:border-accent-300 hover:shadow-sm dark:border-stone-800 dark:bg-stone-900 dark:hover:border-accent-600"
    >
      <SpeakerAvatar speaker={speaker} />
      <span className="min-w-0">
        <span lang={textLang(speaker, 'name')} className="block font-semibold text-stone-900 group-hover:text-accent-700 dark:text-stone-50 dark:group-hover:text-accent-300">
          {speaker.name}
        </span>
        <span className="block text-sm leading-relaxed text-stone-600 dark:text-stone-400">
          <SpeakerAffiliation speaker={speaker} />
        </span>
        {note ? <span className="mt-1 block text-xs text-accent-700 dark:text-accent-300">{note}</span> : null}
      </span>
    </Link>
  );
}
