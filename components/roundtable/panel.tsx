import type { AttributedText, SpeakerRef } from '@/lib/content/types';
import { SpeakerCard } from '../speaker/speaker-card';
import { SectionHeading } from '../ui/section-heading';
import { PanelistCard } from './panelist-card';
import { getT } from '@/lib/i18n/request';

interface PanelProps {
  moderator?: SpeakerRef;
  panelists: SpeakerRef[];
  positions: AttributedText[];
  quotes: AttributedText[];
}

const textsBy = (list: AttributedText[], slug: string) =>
  list.filter((entry) => entry.speaker.slug === slug).map((entry) => entry.text);

/** The roundtable's people: the host set apart, then each panelist with their position and quotes. */
export function Panel({ moderator, panelists, positions, quotes }: PanelProps) {
  const t = getT();
  return (
    <section aria-labelledby="panel">
      <SectionHeading id="panel">{t.roundtable.panel}</SectionHeading>
      {moderator ? (
        <div className="mb-8 rounded-xl bg-stone-100 p-4 sm:max-w-md dark:bg-stone-900">
          <p className="mb-2 text-sm font-semibold text-stone-600 dark:text-stone-400">{t.roundtable.moderator}</p>
          <SpeakerCard speaker={moderator} />
          {textsBy(quotes, moderator.slug).map((quote) => (
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
          <li key={panelist.slug}>
            <PanelistCard
              speaker={panelist}
              position={textsBy(positions, panelist.slug)[0]}
              quotes={textsBy(quotes, panelist.slug)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
