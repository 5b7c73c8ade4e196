import Link from 'next/link';
import type { SessionSummary } from '@/lib/content/types';
import { DraftBadge } from '../ui/draft-badge';
import { PersonLinks } from '../speaker/person-links';
import { KindBadge } from './kind-badge';

/** The event's programme in agenda order: kind, title, people and the one-paragraph summary. */
export function Agenda({ sessions }: { sessions: SessionSummary[] }) {
  return (
    <ol className="space-y-4">
      {sessions.map((session) => (
        <li
          key={session.slug}
          className="relative rounded-xl border border-stone-200 bg-white p-5 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
        >
          <div className="mb-2 flex flex-wrap items-center gap-3 text-sm text-stone-500 dark:text-stone-400">
            <span className="font-mono tabular-nums">{String(session.order).padStart(2, '0')}</span>
            <KindBadge kind={session.kind} />
            <DraftBadge draft={session.draft} />
          </div>
          <h3 className="text-lg font-bold sm:text-xl">
            <Link href={session.url} className="text-stone-900 hover:text-accent-700 dark:text-stone-50 dark:hover:text-accent-300">
              {session.title}
            </Link>
          </h3>
          {session.headline ? (
            <p className="mt-1 font-medium text-accent-800 dark:text-accent-300">{session.headline}</p>
          ) : null}
          <div className="mt-2">
            <PersonLinks people={session.people} />
          </div>
          <p className="mt-3 text-[15px] leading-[1.75] text-stone-700 dark:text-stone-300">{session.summary}</p>
        </li>
      ))}
    </ol>
  );
}
