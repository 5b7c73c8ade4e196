import { Link } from '@/components/ui/link';
import type { TopicSummary } from '@/lib/content/types';

/** Topics as links, the way into the archive when a search has nothing yet (or found nothing). */
export function TopicSuggestions({ topics, label }: { topics: TopicSummary[]; label: string }) {
  if (topics.length === 0) return null;
  return (
    <div>
      <p className="mb-3 text-[15px] text-stone-600 dark:text-stone-400">{label}</p>
      <ul className="flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic.name}>
            <Link
              href={topic.url}
              className="hover:border-accent-600 hover:text-accent-700 dark:hover:text-accent-300 inline-block rounded-full border border-stone-300 px-3 py-1 text-sm text-stone-800 dark:border-stone-700 dark:text-stone-200"
            >
              <span lang={topic.lang}>{topic.name}</span>
              <span className="ml-1.5 text-stone-500 dark:text-stone-400">
                {topic.sessionCount}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
