import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { TopicIndex } from '@/components/topic/topic-index';
import { PageTitle } from '@/components/ui/page-title';
import { getTopicsPage } from '@/lib/content';
import { t } from '@/lib/i18n';
import { topicsIndexGraph } from '@/lib/seo/json-ld';
import { topicsIndexMetadata } from '@/lib/seo/page-metadata';

export function generateMetadata(): Metadata {
  return topicsIndexMetadata(getTopicsPage().topics);
}

export default function TopicsPage() {
  const { topics } = getTopicsPage();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 sm:pt-12">
      <JsonLd graph={topicsIndexGraph(topics)} />
      <PageTitle title={t.topics.title} intro={t.topics.intro(topics.length)} />
      <TopicIndex topics={topics} />
    </div>
  );
}
