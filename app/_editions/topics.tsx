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
import { routesFor } from '@/lib/routes';
import { editionPage } from '@/lib/seo/alternates';
import { topicGraph, topicsIndexGraph } from '@/lib/seo/json-ld';
import { topicMetadata, topicsIndexMetadata } from '@/lib/seo/page-metadata';

export const topicsMetadataFor = (locale: Locale): Metadata =>
  topicsIndexMetadata(contentFor(locale).getTopicsPage().topics, locale);

export function TopicsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const { topics } = contentFor(locale).getTopicsPage();
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
  const page = contentFor(locale).getTopicPage((await params).topic);
  return page ? topicMetadata(page) : {};
}

export async function TopicPage({ locale, params }: TopicParams & { locale: Locale }) {
  setRequestLocale(locale);
  const page = contentFor(locale).getTopicPage((await params).topic);
  if (!page) notFound();
  const t = dictionary(locale);
  return (
    <>
      <EditionBar paths={page.topic.paths} />
      <div className="mx-auto max-w-3xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={topicGraph(page.topic, page.sessions, locale)} />
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
