import type { Metadata } from 'next';
import { SearchApp } from '@/components/search/search-app';
import { PageTitle } from '@/components/ui/page-title';
import { getTopics } from '@/lib/content';
import { t } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: t.search.title,
  description: t.search.intro,
  path: routes.search(),
});

export default function SearchPage() {
  const topics = getTopics();
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12">
      <PageTitle title={t.search.title} intro={t.search.intro} />
      <SearchApp indexUrl={routes.searchIndex()} topics={topics.slice(0, 16)} />
      <noscript>
        <p className="mt-6 text-stone-700 dark:text-stone-300">{t.search.needsScript}</p>
      </noscript>
    </div>
  );
}
