import { t } from '@/lib/i18n';

export function TopicList({ topics }: { topics: string[] }) {
  return (
    <ul aria-label={t.session.topics} className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li
          key={topic}
          className="rounded-full bg-stone-100 px-3 py-0.5 text-sm text-stone-700 dark:bg-stone-800 dark:text-stone-300"
        >
          {topic}
        </li>
      ))}
    </ul>
  );
}
