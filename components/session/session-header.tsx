import Link from 'next/link';
import type { SessionView } from '@/lib/content/types';
import { PersonLinks } from '../speaker/person-links';
import { DraftBadge } from '../ui/draft-badge';
import { CopyLink } from './copy-link';
import { KindBadge } from './kind-badge';
import { textLang } from '@/lib/i18n';
import { getFormat, getT } from '@/lib/i18n/request';

interface SessionHeaderProps {
  session: SessionView;
  readingMinutes: number;
}

export function SessionHeader({ session, readingMinutes }: SessionHeaderProps) {
  const t = getT();
  const format = getFormat();
  const lang = textLang(session);
  return (
    <header className="border-b border-stone-200 pb-8 dark:border-stone-800">
      <p className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <Link href={session.event.url} lang={textLang(session.event)} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          {session.event.title}
        </Link>
        <span aria-hidden="true">·</span>
        <time dateTime={session.event.date}>{format.date(session.event.date)}</time>
        <span aria-hidden="true">·</span>
        <span>{t.session.agendaPosition(session.order)}</span>
      </p>
      <div className="mb-3 flex items-center gap-2">
        <KindBadge kind={session.kind} />
        <DraftBadge draft={session.draft} />
      </div>
      <h1 lang={lang} className="text-2xl font-bold text-stone-900 sm:text-[2.1rem] dark:text-stone-50">{session.title}</h1>
      {session.headline ? (
        <p lang={lang} className="mt-4 text-lg font-medium text-accent-800 sm:text-xl dark:text-accent-300">{session.headline}</p>
      ) : null}
      <div className="mt-5">
        <PersonLinks people={session.people} />
      </div>
      <p lang={lang} className="measure mt-5 text-stone-700 dark:text-stone-300">{session.summary}</p>
      <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
        <span>{t.reading.readingTime(readingMinutes)}</span>
        <CopyLink href={session.url} />
      </div>
    </header>
  );
}
