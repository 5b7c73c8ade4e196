import { Link } from '@/components/ui/link';
import type { TopicSummary } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';

/** Every topic with its number of sessions, most discussed first. */
export function TopicIndex({ topics }: { topics: TopicSummary[] }) {
  const t = getT();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {topics.map((topic) => (
        <li key={topic.name}>
          <Link
            href={topic.url}
            className="hover:border-accent-300 dark:hover:border-accent-600 flex items-baseline justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-3 dark:border-stone-800 dark:bg-stone-900"
          >
            <span lang={topic.lang} className="font-semibold text-stone-900 dark:text-stone-50">{topic.name}</span>
            <span className="shrink-0 text-sm text-stone-600 tabular-nums dark:text-stone-400">
              {t.event.sessionCount(topic.sessionCount)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
