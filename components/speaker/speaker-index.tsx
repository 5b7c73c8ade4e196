import { Link } from '@/components/ui/link';
import type { SpeakersPage } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';
import { SpeakerGrid } from './speaker-grid';

/** Letters to jump to: anchors on this page, or each letter's page when the roster is split. */
export function SpeakerJumpBar({ jumpBar }: Pick<SpeakersPage, 'jumpBar'>) {
  const t = getT();
  return (
    <nav aria-label={t.speaker.jumpBar} className="mb-8">
      <ul className="flex flex-wrap gap-1.5">
        {jumpBar.map((link) => (
          <li key={link.url}>
            <Link
              href={link.url}
              aria-current={link.current ? 'page' : undefined}
              aria-label={t.speaker.letterCount(link.label, link.count)}
              className="inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-stone-300 px-2 font-mono text-sm font-semibold text-stone-800 hover:border-accent-600 aria-[current=page]:border-accent-700 aria-[current=page]:bg-accent-700 aria-[current=page]:text-white dark:border-stone-700 dark:text-stone-200"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The speakers of this page under their initials' headings (the jump bar's targets). */
export function SpeakerGroups({ groups }: Pick<SpeakersPage, 'groups'>) {
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.anchor} aria-labelledby={group.anchor} className="scroll-mt-4">
          <h2 id={group.anchor} className="mb-4 border-b border-stone-200 pb-2 font-mono text-xl font-bold text-stone-900 dark:border-stone-800 dark:text-stone-50">
            {group.label}
          </h2>
          <SpeakerGrid speakers={group.speakers} />
        </section>
      ))}
    </div>
  );
}
