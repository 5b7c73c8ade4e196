import type { CollectionPage, Graph, ItemList } from 'schema-dts';
import type { SessionSummary, TopicSummary } from '../../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../../i18n';
import { routesFor } from '../../routes';
import { absoluteUrl } from '../../site';
import { topicDescription } from '../descriptions';
import { breadcrumbNode, ids, type Crumb } from './nodes';

const crumbs = (locale: Locale): Crumb[] => [
  { name: dictionary(locale).nav.home, path: routesFor(locale).home() },
  { name: dictionary(locale).topics.title, path: routesFor(locale).topics() },
];

/** A listing page: a CollectionPage whose main entity is the list, with its breadcrumb trail. */
export function collection(
  locale: Locale,
  path: string,
  name: string,
  description: string,
  list: ItemList,
  crumbs: Crumb[],
): Graph {
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': ids.page(path),
    url: absoluteUrl(path),
    name,
    description,
    inLanguage: locale,
    mainEntity: list,
    breadcrumb: { '@id': ids.breadcrumb(path) },
  };
  return { '@context': 'https://schema.org', '@graph': [page, breadcrumbNode(crumbs)] };
}

export const itemList = (items: { name: string; url: string }[]): ItemList => ({
  '@type': 'ItemList',
  numberOfItems: items.length,
  itemListElement: items.map((item, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: item.name,
    url: absoluteUrl(item.url),
  })),
});

/** /topics: every topic, as a list of its pages. */
export const topicsIndexGraph = (topics: TopicSummary[], locale: Locale = DEFAULT_LOCALE): Graph =>
  collection(
    locale,
    routesFor(locale).topics(),
    dictionary(locale).topics.title,
    dictionary(locale).topics.intro(topics.length),
    itemList(topics),
    crumbs(locale),
  );

/** /topics/<topic>: the sessions on it, each pointing at the session's own page. */
export const topicGraph = (
  topic: TopicSummary,
  sessions: SessionSummary[],
  locale: Locale = DEFAULT_LOCALE,
  /** The page's own address: /topics/<topic>/page/<n> after the first. */
  path: string = topic.url,
): Graph =>
  collection(
    locale,
    path,
    topic.name,
    topicDescription(topic.name, sessions, locale),
    itemList(sessions.map((session) => ({ name: session.title, url: session.url }))),
    [...crumbs(locale), { name: topic.name, path: topic.url }, ...(path === topic.url ? [] : [{ name: topic.name, path }])],
  );
