import { Link } from '@/components/ui/link';
import type { PanelMember } from '@/lib/content/types';
import { OriginalWords } from '../session/original-words';
import { SpeakerAvatar } from '../speaker/speaker-avatar';
import { SpeakerAffiliation } from '../speaker/speaker-affiliation';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';

/** One panelist: who they are, their position in one or two sentences, and their words. */
export interface PanelLangs {
  quotes?: string;
  positions?: string;
}

export function PanelistCard({ member: { speaker, position, quotes }, langs }: { member: PanelMember; langs: PanelLangs }) {
  const t = getT();
  return (
    <article className="flex h-full flex-col rounded-xl border break-inside-avoid border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <header className="flex items-center gap-4">
        <SpeakerAvatar speaker={speaker} />
        <div className="min-w-0">
          <h3 className="font-bold">
            <Link href={speaker.url} lang={textLang(speaker, 'name')} className="text-stone-900 hover:text-accent-700 dark:text-stone-50 dark:hover:text-accent-300">
              {speaker.name}
            </Link>
          </h3>
          <p className="text-sm leading-relaxed text-stone-600 dark:text-stone-400">
            <SpeakerAffiliation speaker={speaker} />
          </p>
        </div>
      </header>
      {position ? (
        <div className="mt-4 rounded-lg bg-accent-50 p-3 text-[15px] leading-[1.75] dark:bg-stone-800">
          <p className="mb-1 text-xs font-semibold tracking-wide text-accent-700 dark:text-accent-300">{t.roundtable.position}</p>
          <p lang={langs.positions}>{position}</p>
        </div>
      ) : null}
      {quotes.map((quote) => (
        <blockquote
          key={quote.text}
          className="mt-4 border-l-4 border-accent-600 pl-4 text-[15px] leading-[1.8] text-stone-800 dark:border-accent-300 dark:text-stone-200"
        >
          <p lang={langs.quotes}>“{quote.text}”</p>
          <OriginalWords text={quote.original} />
        </blockquote>
      ))}
    </article>
  );
}
