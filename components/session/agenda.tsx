import { Link } from '@/components/ui/link';
import type { SessionKind, SessionSummary } from '@/lib/content/types';
import { DraftBadge } from '../ui/draft-badge';
import { PersonLinks } from '../speaker/person-links';
import { KindBadge } from './kind-badge';
import { SessionTime } from './session-time';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';

/** The stripe down each agenda entry, so the kind of session reads before any word does. */
const STRIPES: Record<SessionKind, string> = {
  keynote: 'before:bg-accent-600 dark:before:bg-accent-300',
  talk: 'before:bg-emerald-600 dark:before:bg-emerald-400',
  lightning: 'before:bg-amber-500 dark:before:bg-amber-400',
  roundtable: 'before:bg-rose-600 dark:before:bg-rose-400',
};

/** The event's programme in agenda order: number and kind, title, the one-line message, people, summary. */
export function Agenda({ sessions }: { sessions: SessionSummary[] }) {
  const t = getT();
  return (
    <ol className="space-y-4">
      {sessions.map((session) => (
        <li
          key={session.slug}
          className={`relative grid grid-cols-[2.25rem_minmax(0,1fr)] gap-x-3 overflow-hidden rounded-xl border border-stone-200 bg-white p-5 pl-6 before:absolute before:inset-y-0 before:left-0 before:w-1.5 sm:grid-cols-[3rem_minmax(0,1fr)] sm:gap-x-4 sm:p-6 sm:pl-7 dark:border-stone-800 dark:bg-stone-900 ${STRIPES[session.kind]}`}
        >
          <span className="pt-0.5 font-mono text-2xl leading-none font-bold text-stone-500 tabular-nums sm:text-3xl dark:text-stone-400">
            <span aria-hidden="true">{String(session.order).padStart(2, '0')}</span>
            <span className="sr-only">{t.session.agendaPosition(session.order)}</span>
          </span>
          <div className="min-w-0">
            <div className="mb-2 flex flex-wrap items-center gap-2">
              <KindBadge kind={session.kind} />
              <DraftBadge draft={session.draft} />
              {session.time ? (
                <span className="text-sm font-medium text-stone-600 tabular-nums dark:text-stone-400">
                  <SessionTime time={session.time} />
                </span>
              ) : null}
            </div>
            <h3 className="text-lg font-bold sm:text-xl">
              <Link href={session.url} lang={textLang(session, 'title')} className="text-stone-900 hover:text-accent-700 dark:text-stone-50 dark:hover:text-accent-300">
                {session.title}
              </Link>
            </h3>
            {session.headline ? (
              <p lang={textLang(session, 'headline')} className="mt-1.5 font-medium text-accent-800 dark:text-accent-300">{session.headline}</p>
            ) : null}
            <div className="mt-3">
              <PersonLinks people={session.people} />
            </div>
            <p lang={textLang(session, 'summary')} className="mt-3 text-[15px] leading-[1.75] text-stone-700 dark:text-stone-300">{session.summary}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
