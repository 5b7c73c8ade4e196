import { Link } from '@/components/ui/link';
import type { SpeakerView } from '@/lib/content/types';
import { KindBadge } from '../session/kind-badge';
import { DraftBadge } from '../ui/draft-badge';
import { ProseHtml } from '../ui/prose-html';
import { SectionHeading } from '../ui/section-heading';
import { SpeakerAffiliation } from './speaker-affiliation';
import { SpeakerAvatar } from './speaker-avatar';
import { textLang } from '@/lib/i18n';
import { getFormat, getT } from '@/lib/i18n/request';

export function SpeakerProfile({ speaker }: { speaker: SpeakerView }) {
  const t = getT();
  const format = getFormat();
  const lang = textLang(speaker);
  return (
    <article className="mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12">
      <header className="flex flex-col gap-5 border-b border-stone-200 pb-8 sm:flex-row sm:items-center dark:border-stone-800">
        <SpeakerAvatar speaker={speaker} size="lg" />
        <div>
          <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50">
            <span lang={textLang(speaker, 'name')}>{speaker.name}</span>
            <DraftBadge draft={speaker.draft} />
          </h1>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            <SpeakerAffiliation speaker={speaker} />
          </p>
        </div>
      </header>
      <div className="mt-8 space-y-10">
        <section aria-labelledby="bio">
          <SectionHeading id="bio">{t.speaker.bio}</SectionHeading>
          <ProseHtml html={speaker.bioHtml} className="measure" lang={lang} />
          {speaker.links.length > 0 ? (
            <ul aria-label={t.speaker.links} className="mt-4 flex flex-wrap gap-3">
              {speaker.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} lang={link.lang} rel="noopener noreferrer me" className="text-accent-700 underline underline-offset-4 dark:text-accent-300">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="sessions">
          <SectionHeading id="sessions">{t.speaker.sessions}</SectionHeading>
          {speaker.appearances.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">{t.speaker.noSessions}</p>
          ) : (
            <ul className="space-y-4">
              {speaker.appearances.map(({ session, event, role }) => (
                <li key={session.url} className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
                  <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
                    <KindBadge kind={session.kind} />
                    <span>{t.roles[role]}</span>
                    <span aria-hidden="true">·</span>
                    <Link href={event.url} lang={textLang(event, 'title')} className="hover:underline">
                      {event.title}
                    </Link>
                    <span aria-hidden="true">·</span>
                    <time dateTime={event.date}>{format.date(event.date)}</time>
                  </div>
                  <h3 className="text-lg font-bold">
                    <Link href={session.url} lang={textLang(session, 'title')} className="text-stone-900 hover:text-accent-700 dark:text-stone-50 dark:hover:text-accent-300">
                      {session.title}
                    </Link>
                  </h3>
                  <p lang={textLang(session, 'summary')} className="mt-2 text-[15px] text-stone-700 dark:text-stone-300">{session.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
