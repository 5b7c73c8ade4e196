import { t } from '@/lib/i18n';
import type { PanelView } from '@/lib/content/types';
import { SpeakerCard } from '../speaker/speaker-card';
import { SectionHeading } from '../ui/section-heading';
import { PanelistCard } from './panelist-card';

/** The roundtable's people: the host set apart, then each panelist with their position and quotes. */
export function Panel({ panel: { moderator, panelists } }: { panel: PanelView }) {
  return (
    <section aria-labelledby="panel">
      <SectionHeading id="panel">{t.roundtable.panel}</SectionHeading>
      {moderator ? (
        <div className="mb-8 rounded-xl bg-stone-100 p-4 sm:max-w-md dark:bg-stone-900">
          <p className="mb-2 text-sm font-semibold text-stone-600 dark:text-stone-400">{t.roundtable.moderator}</p>
          <SpeakerCard speaker={moderator.speaker} />
          {moderator.quotes.map((quote) => (
            <blockquote key={quote} className="mt-3 border-l-4 border-accent-600 pl-4 text-[15px] dark:border-accent-300">
              <p>“{quote}”</p>
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
            <PanelistCard member={panelist} />
          </li>
        ))}
      </ul>
    </section>
  );
}
