import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { JsonLd } from '@/components/seo/json-ld';
import { TopicSuggestions } from '@/components/search/topic-suggestions';
import { TopicSessions } from '@/components/topic/topic-sessions';
import { PageTitle } from '@/components/ui/page-title';
import { getTopicPage, getTopics } from '@/lib/content';
import { t } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { topicGraph } from '@/lib/seo/json-ld';
import { topicMetadata } from '@/lib/seo/page-metadata';

interface TopicPageProps {
  params: Promise<{ topic: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.name }));
}

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const page = getTopicPage((await params).topic);
  if (!page) return {};
  return topicMetadata(page);
}

export default async function TopicPage({ params }: TopicPageProps) {
  const page = getTopicPage((await params).topic);
  if (!page) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12">
      <JsonLd graph={topicGraph(page.topic, page.sessions)} />
      <p className="mb-2 text-sm font-semibold">
        <Link
          href={routes.topics()}
          className="text-accent-700 dark:text-accent-300 hover:underline"
        >
          {t.topics.allTopics}
        </Link>
      </p>
      <PageTitle title={page.topic.name} intro={t.topics.topicIntro(page.topic.sessionCount)} />
      <TopicSessions groups={page.groups} />
      <div className="mt-12 border-t border-stone-200 pt-8 dark:border-stone-800">
        <TopicSuggestions topics={page.relatedTopics} label={t.topics.related} />
      </div>
    </div>
  );
}
