import { Link } from '@/components/ui/link';
import type { TopicPage } from '@/lib/content/types';
import { KindBadge } from '../session/kind-badge';
import { PersonLinks } from '../speaker/person-links';
import { DraftBadge } from '../ui/draft-badge';
import { textLang } from '@/lib/i18n';
import { getFormat } from '@/lib/i18n/request';

/** A topic's sessions grouped by event, newest event first. */
export function TopicSessions({ groups }: Pick<TopicPage, 'groups'>) {
  const format = getFormat();
  return (
    <div className="space-y-10">
      {groups.map(({ event, sessions }) => (
        <section key={event.slug} aria-labelledby={`event-${event.slug}`}>
          <h2
            id={`event-${event.slug}`}
            className="mb-4 text-lg font-bold text-stone-900 dark:text-stone-50"
          >
            <Link href={event.url} lang={textLang(event, 'title')} className="hover:text-accent-700 dark:hover:text-accent-300">
              {event.title}
            </Link>
            <time
              dateTime={event.date}
              className="ml-3 text-sm font-normal text-stone-600 dark:text-stone-400"
            >
              {format.date(event.date)}
            </time>
          </h2>
          <ul className="space-y-4">
            {sessions.map((session) => (
              <li
                key={session.url}
                className="rounded-xl border border-stone-200 p-5 dark:border-stone-800"
              >
                <div className="mb-2 flex items-center gap-2">
                  <KindBadge kind={session.kind} />
                  <DraftBadge draft={session.draft} />
                </div>
                <h3 className="text-lg font-bold">
                  <Link
                    href={session.url}
                    lang={textLang(session, 'title')}
                    className="hover:text-accent-700 dark:hover:text-accent-300 text-stone-900 dark:text-stone-50"
                  >
                    {session.title}
                  </Link>
                </h3>
                {session.headline ? (
                  <p lang={textLang(session, 'headline')} className="text-accent-800 dark:text-accent-300 mt-1 font-medium">
                    {session.headline}
                  </p>
                ) : null}
                <div className="mt-2">
                  <PersonLinks people={session.people} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
