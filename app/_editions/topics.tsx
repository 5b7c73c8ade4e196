import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { TopicSuggestions } from '@/components/search/topic-suggestions';
import { JsonLd } from '@/components/seo/json-ld';
import { TopicIndex } from '@/components/topic/topic-index';
import { TopicSessions } from '@/components/topic/topic-sessions';
import { ListPager, PagerLinks } from '@/components/ui/list-pager';
import { PageTitle } from '@/components/ui/page-title';
import { MessageWith } from '@/components/ui/in-language';
import { dictionary, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { routesFor } from '@/lib/routes';
import { editionPage } from '@/lib/seo/alternates';
import { topicGraph, topicsIndexGraph } from '@/lib/seo/json-ld';
import { topicMetadata, topicsIndexMetadata } from '@/lib/seo/page-metadata';

export const topicsMetadataFor = (locale: Locale): Metadata =>
  topicsIndexMetadata(pagesFor(locale).getTopicsPage().topics, locale);

export function TopicsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const { topics } = pagesFor(locale).getTopicsPage();
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
  /** Nothing after the topic for its first page; `page/<n>` for page n ≥ 2. */
  params: Promise<{ topic: string; page?: string[] }>;
}

/**
 * Each topic's page (the Chinese name, or the English dictionary's slug) and its further pages. One
 * route holds both, so it always has pages: a static export refuses a dynamic route that generates none.
 */
export const topicParams = (locale: Locale) =>
  pagesFor(locale)
    .getTopicPages()
    // An optional catch-all's empty value is named explicitly, or Next generates no page for it.
    .map(({ topic, page }) => ({ topic, page: page ?? [] }));

export async function topicMetadataFor(locale: Locale, { params }: TopicParams): Promise<Metadata> {
  const { topic, page: pageSegments } = await params;
  const page = pagesFor(locale).getTopicPage(topic, pageSegments);
  return page ? topicMetadata(page) : {};
}

export async function TopicPage({ locale, params }: TopicParams & { locale: Locale }) {
  setRequestLocale(locale);
  const { topic, page: pageSegments } = await params;
  const page = pagesFor(locale).getTopicPage(topic, pageSegments);
  if (!page) notFound();
  const t = dictionary(locale);
  const name = <span lang={page.topic.lang}>{page.topic.name}</span>;
  const title = page.pager.page > 1 ? <MessageWith message={(value) => t.pager.titled(value, page.pager.page)}>{name}</MessageWith> : name;
  return (
    <>
      <PagerLinks pager={page.pager} />
      <EditionBar paths={page.paths} />
      <div className="mx-auto max-w-3xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={topicGraph(page.topic, page.sessions, locale, page.url)} />
        <p className="mb-2 text-sm font-semibold">
          <Link href={routesFor(locale).topics()} className="text-accent-700 dark:text-accent-300 hover:underline">
            {t.topics.allTopics}
          </Link>
        </p>
        <PageTitle title={title} intro={t.topics.topicIntro(page.topic.sessionCount)} />
        <TopicSessions groups={page.groups} />
        <ListPager pager={page.pager} />
        <div className="mt-12 border-t border-stone-200 pt-8 dark:border-stone-800">
          <TopicSuggestions topics={page.relatedTopics} label={t.topics.related} />
        </div>
      </div>
    </>
  );
}
