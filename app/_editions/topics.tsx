import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { TopicSuggestions } from '@/components/search/topic-suggestions';
import { JsonLd } from '@/components/seo/json-ld';
import { TopicIndex } from '@/components/topic/topic-index';
import { TopicSessions } from '@/components/topic/topic-sessions';
import { PageTitle } from '@/components/ui/page-title';
import { contentFor } from '@/lib/content';
import { dictionary, textLang, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { getTopicPage } from '@/lib/reading/topic-page';
import { routesFor } from '@/lib/routes';
import { editionPage } from '@/lib/seo/alternates';
import { topicDescription } from '@/lib/seo/descriptions';
import { topicGraph, topicsIndexGraph } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export function topicsMetadataFor(locale: Locale): Metadata {
  const t = dictionary(locale);
  const path = routesFor(locale).topics();
  return pageMetadata({
    title: t.topics.title,
    description: t.topics.intro(contentFor(locale).getTopics().length),
    path,
    edition: editionPage(path, locale),
  });
}

export function TopicsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const topics = contentFor(locale).getTopics();
  return (
    <>
      <EditionBar paths={editionPage(routesFor(locale).topics(), locale).paths} />
      <div className="mx-auto max-w-6xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={topicsIndexGraph(topics, locale)} />
        <PageTitle title={t.topics.title} intro={t.topics.intro(topics.length)} />
        <TopicIndex topics={topics} />
      </div>
    </>
  );
}

export interface TopicParams {
  params: Promise<{ topic: string }>;
}

/** The URL segment of each topic's page: the Chinese name, or the English dictionary's slug. */
export const topicParams = (locale: Locale) =>
  contentFor(locale)
    .getTopics()
    .map((topic) => ({ topic: decodeURIComponent(topic.url.split('/').pop() ?? '') }));

export async function topicMetadataFor(locale: Locale, { params }: TopicParams): Promise<Metadata> {
  const page = getTopicPage((await params).topic, locale);
  if (!page) return {};
  const { topic } = page;
  return pageMetadata({
    title: topic.name,
    description: topicDescription(topic.name, page.groups.flatMap((group) => group.sessions), locale),
    path: topic.url,
    edition: { locale, paths: topic.paths, translated: topic.translated },
  });
}

export async function TopicPage({ locale, params }: TopicParams & { locale: Locale }) {
  setRequestLocale(locale);
  const page = getTopicPage((await params).topic, locale);
  if (!page) notFound();
  const t = dictionary(locale);
  return (
    <>
      <EditionBar paths={page.topic.paths} />
      <div className="mx-auto max-w-3xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={topicGraph(page.topic, page.groups.flatMap((group) => group.sessions), locale)} />
        <p className="mb-2 text-sm font-semibold">
          <Link href={routesFor(locale).topics()} className="text-accent-700 dark:text-accent-300 hover:underline">
            {t.topics.allTopics}
          </Link>
        </p>
        <PageTitle title={page.topic.name} lang={textLang(page.topic)} intro={t.topics.topicIntro(page.topic.sessionCount)} />
        <TopicSessions groups={page.groups} />
        <div className="mt-12 border-t border-stone-200 pt-8 dark:border-stone-800">
          <TopicSuggestions topics={page.relatedTopics} label={t.topics.related} />
        </div>
      </div>
    </>
  );
}
