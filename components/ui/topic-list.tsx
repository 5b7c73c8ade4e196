import { Link } from '@/components/ui/link';
import type { TopicRef } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';

/** A session's topics, each a link to the topic's page across events. */
export function TopicList({ topics }: { topics: TopicRef[] }) {
  const t = getT();
  return (
    <ul aria-label={t.session.topics} className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic.name}>
          <Link
            href={topic.url}
            className="inline-block rounded-full bg-stone-100 px-3 py-0.5 text-sm text-stone-700 hover:bg-accent-100 hover:text-accent-800 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700 dark:hover:text-white"
          >
            <span aria-hidden="true" className="mr-0.5 text-stone-400 dark:text-stone-500">
              #
            </span>
            <span lang={topic.lang}>{topic.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
