import { Link } from '@/components/ui/link';
import { contentModels } from '@/lib/content/model';
import type { SessionView } from '@/lib/content/types';
import { PersonLinks } from '../speaker/person-links';
import { DraftBadge } from '../ui/draft-badge';
import { routes } from '@/lib/routes';
import { CalendarLink } from '../event/calendar-link';
import { CopyLink } from './copy-link';
import { KindBadge } from './kind-badge';
import { SessionTime } from './session-time';
import { textLang } from '@/lib/i18n';
import { getFormat, getLocale, getT } from '@/lib/i18n/request';

// The field's label comes from its declaration; the language's name from Intl, in the page's locale.
const languageLabel = (locale: string) => contentModels.session.fields.language.label[locale === 'en' ? 'en' : 'zh'];

interface SessionHeaderProps {
  session: SessionView;
  readingMinutes: number;
}

export function SessionHeader({ session, readingMinutes }: SessionHeaderProps) {
  const t = getT();
  const format = getFormat();
  const locale = getLocale();
  const languageName = new Intl.DisplayNames(locale, { type: 'language' });
  return (
    <header className="border-b border-stone-200 pb-8 dark:border-stone-800">
      <p className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <Link href={session.event.url} lang={textLang(session.event, 'title')} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          {session.event.title}
        </Link>
        <span aria-hidden="true">·</span>
        <time dateTime={session.event.date}>{format.date(session.event.date)}</time>
        <span aria-hidden="true">·</span>
        <span>{t.session.agendaPosition(session.order)}</span>
        {session.language ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              {languageLabel(locale)}{locale === 'en' ? ': ' : '：'}{languageName.of(session.language) ?? session.language}
            </span>
          </>
        ) : null}
        {session.time ? (
          <>
            <span aria-hidden="true">·</span>
            <SessionTime time={session.time} />
          </>
        ) : null}
      </p>
      <div className="mb-3 flex items-center gap-2">
        <KindBadge kind={session.kind} />
        <DraftBadge draft={session.draft} />
      </div>
      <h1 lang={textLang(session, 'title')} className="text-2xl font-bold text-stone-900 sm:text-[2.1rem] dark:text-stone-50">{session.title}</h1>
      {session.headline ? (
        <p lang={textLang(session, 'headline')} className="mt-4 text-lg font-medium text-accent-800 sm:text-xl dark:text-accent-300">{session.headline}</p>
      ) : null}
      <div className="mt-5">
        <PersonLinks people={session.people} />
      </div>
      <p lang={textLang(session, 'summary')} className="measure mt-5 text-stone-700 dark:text-stone-300">{session.summary}</p>
      <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
        <span>{t.reading.readingTime(readingMinutes)}</span>
        <CopyLink href={session.url} />
        {session.time ? <CalendarLink href={routes.calendar(session.eventSlug)} /> : null}
      </div>
    </header>
  );
}
