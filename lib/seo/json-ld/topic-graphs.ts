import type { CollectionPage, Graph, ItemList } from 'schema-dts';
import type { SessionSummary, TopicSummary } from '../../content/types';
import { locale, t } from '../../i18n';
import { routes } from '../../routes';
import { absoluteUrl } from '../../site';
import { topicDescription } from '../descriptions';
import { breadcrumbNode, ids, type Crumb } from './nodes';

const home: Crumb = { name: t.nav.home, path: routes.home() };
const topicsCrumb: Crumb = { name: t.topics.title, path: routes.topics() };

function collection(path: string, name: string, description: string, list: ItemList, crumbs: Crumb[]): Graph {
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

const itemList = (items: { name: string; url: string }[]): ItemList => ({
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
export const topicsIndexGraph = (topics: TopicSummary[]): Graph =>
  collection(routes.topics(), t.topics.title, t.topics.intro(topics.length), itemList(topics), [home, topicsCrumb]);

/** /topics/<topic>: the sessions on it, each pointing at the session's own page. */
export const topicGraph = (topic: TopicSummary, sessions: SessionSummary[]): Graph =>
  collection(
    topic.url,
    topic.name,
    topicDescription(topic.name, sessions),
    itemList(sessions.map((session) => ({ name: session.title, url: session.url }))),
    [home, topicsCrumb, { name: topic.name, path: topic.url }],
  );
