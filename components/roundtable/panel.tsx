import type { PanelView } from '@/lib/content/types';
import { SpeakerCard } from '../speaker/speaker-card';
import { SectionHeading } from '../ui/section-heading';
import { OriginalWords } from '../session/original-words';
import { PanelistCard, type PanelLangs } from './panelist-card';
import { getT } from '@/lib/i18n/request';

/** The roundtable's people: the host set apart, then each panelist with their position and quotes. */
/** `langs`: the quotes' and positions' language when it differs from the page's (an untranslated roundtable). */
export function Panel({ panel: { moderator, panelists }, langs }: { panel: PanelView; langs: PanelLangs }) {
  const t = getT();
  return (
    <section aria-labelledby="panel">
      <SectionHeading id="panel">{t.roundtable.panel}</SectionHeading>
      {moderator ? (
        <div className="mb-8 rounded-xl bg-stone-100 p-4 sm:max-w-md dark:bg-stone-900">
          <p className="mb-2 text-sm font-semibold text-stone-600 dark:text-stone-400">{t.roundtable.moderator}</p>
          <SpeakerCard speaker={moderator.speaker} />
          {moderator.quotes.map((quote) => (
            <blockquote key={quote.text} className="mt-3 border-l-4 border-accent-600 pl-4 text-[15px] dark:border-accent-300">
              <p lang={langs.quotes}>“{quote.text}”</p>
              <OriginalWords text={quote.original} />
            </blockquote>
          ))}
        </div>
      ) : null}
      <p className="mb-3 text-sm font-semibold text-stone-600 dark:text-stone-400">
        {t.roundtable.panelists} · {panelists.length}
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {panelists.map((panelist) => (
          <li key={panelist.speaker.slug}>
            <PanelistCard member={panelist} langs={langs} />
          </li>
        ))}
      </ul>
    </section>
  );
}
