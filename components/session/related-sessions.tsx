import { Link } from '@/components/ui/link';
import { Fragment } from 'react';
import type { RelatedSession } from '@/lib/content/types';
import { SectionHeading } from '../ui/section-heading';
import { KindBadge } from './kind-badge';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';
import { ListInLanguages, MessageWith } from '../ui/in-language';

/** Sessions that share people or topics with this one, each saying why it is here. */
export function RelatedSessions({ related }: { related: RelatedSession[] }) {
  const t = getT();
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related" data-print-hidden="">
      <SectionHeading id="related">{t.reading.related}</SectionHeading>
      <ul className="grid gap-3 sm:grid-cols-2">
        {related.map(({ session, sharedTopics, similarTopics, sharedPeople }) => (
          <li key={session.url}>
            <Link
              href={session.url}
              className="group block h-full rounded-xl border border-stone-200 p-4 hover:border-accent-300 dark:border-stone-800 dark:hover:border-accent-600"
            >
              <KindBadge kind={session.kind} />
              <span
                lang={textLang(session, 'title')}
                className="mt-2 block font-semibold text-stone-900 group-hover:text-accent-700 dark:text-stone-50 dark:group-hover:text-accent-300"
              >
                {session.title}
              </span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                {[
                  { message: t.reading.samePeople, names: sharedPeople.map((person) => ({ text: person.name, lang: textLang(person, 'name') })) },
                  { message: t.reading.sharedTopics, names: sharedTopics.map(({ name, lang }) => ({ text: name, lang })) },
                  { message: t.reading.similarTopics, names: similarTopics.map(({ name, lang }) => ({ text: name, lang })) },
                ]
                  .filter(({ names }) => names.length > 0)
                  .map(({ message, names }, index) => (
                    <Fragment key={index}>
                      {index > 0 ? t.reading.reasonSeparator : null}
                      <MessageWith message={message}>
                        <ListInLanguages items={names} />
                      </MessageWith>
                    </Fragment>
                  ))}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
