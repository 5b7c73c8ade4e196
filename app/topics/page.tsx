import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { TopicIndex } from '@/components/topic/topic-index';
import { PageTitle } from '@/components/ui/page-title';
import { getTopics } from '@/lib/content';
import { t } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { topicsIndexGraph } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: t.topics.title,
    description: t.topics.intro(getTopics().length),
    path: routes.topics(),
  });
}

export default function TopicsPage() {
  const topics = getTopics();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 sm:pt-12">
      <JsonLd graph={topicsIndexGraph(topics)} />
      <PageTitle title={t.topics.title} intro={t.topics.intro(topics.length)} />
      <TopicIndex topics={topics} />
    </div>
  );
}
