import { Link } from '@/components/ui/link';
import type { RelatedSession } from '@/lib/content/types';
import { SectionHeading } from '../ui/section-heading';
import { KindBadge } from './kind-badge';
import { getFormat, getT } from '@/lib/i18n/request';

/** Sessions that share people or topics with this one, each saying why it is here. */
export function RelatedSessions({ related }: { related: RelatedSession[] }) {
  const t = getT();
  const format = getFormat();
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
              <span className="mt-2 block font-semibold text-stone-900 group-hover:text-accent-700 dark:text-stone-50 dark:group-hover:text-accent-300">
                {session.title}
              </span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                {[
                  ...(sharedPeople.length > 0 ? [t.reading.samePeople(format.list(sharedPeople))] : []),
                  ...(sharedTopics.length > 0 ? [t.reading.sharedTopics(format.list(sharedTopics))] : []),
                  ...(similarTopics.length > 0 ? [t.reading.similarTopics(format.list(similarTopics))] : []),
                ].join('；')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
