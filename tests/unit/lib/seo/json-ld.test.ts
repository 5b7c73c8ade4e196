import type { Graph } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import {
  eventGraph,
  homeGraph,
  serializeJsonLd,
  sessionGraph,
  speakerGraph,
  speakersIndexGraph,
  topicGraph,
  topicsIndexGraph,
} from '@/lib/seo/json-ld';
import { siteUrl } from '@/lib/site';
import { fixedDates, store, walk } from '../../../fixtures/content-store';

type Node = Record<string, unknown>;

const event = store.getEvent('demo-2024')!;
const keynote = store.getSession('demo-2024', 'keynote')!;
const panel = store.getSession('demo-2024', 'panel')!;

const nodes = (graph: Graph) => graph['@graph'] as unknown as Node[];
const nodeOfType = (graph: Graph, type: string) => {
  const found = nodes(graph).filter((node) => node['@type'] === type);
  expect(found, type).toHaveLength(1);
  return found[0] as Node;
};
const names = (list: unknown) => (list as Node[]).map((item) => item.name);

const graphs: [string, Graph][] = [
  ['home', homeGraph(store.getLatestEvent())],
  ['event', eventGraph(event)],
  ...store
    .getSessions()
    .map((session): [string, Graph] => [session.slug, sessionGraph(session, fixedDates())]),
  ['speakers', speakersIndexGraph(store.getSpeakers())],
  ['topics', topicsIndexGraph(store.getTopics())],
  ...store
    .getTopics()
    .map((topic): [string, Graph] => [
      `topic ${topic.name}`,
      topicGraph(topic, store.getSessionsByTopic(topic.name)),
    ]),
  ...store
    .getSpeakers()
    .map((ref): [string, Graph] => [
      ref.slug,
      speakerGraph(store.getSpeaker(ref.slug)!, fixedDates()),
    ]),
];

const URL_KEYS = new Set([
  '@id',
  'url',
  'item',
  'image',
  'sameAs',
  'urlTemplate',
  'mainEntityOfPage',
]);
const DATE_KEYS = new Set(['startDate', 'endDate', 'datePublished', 'dateModified', 'dateCreated']);
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const lastKey = (path: string) =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1) ?? '';

describe.each(graphs)('the %s graph', (_page, graph) => {
  it('is one schema.org graph', () => {
    expect(graph['@context']).toBe('https://schema.org');
    expect(nodes(graph).length).toBeGreaterThan(0);
  });

  it('has no undefined, null or empty value', () => {
    for (const [path, value] of walk(graph)) {
      expect(value, path).not.toBeUndefined();
      expect(value, path).not.toBeNull();
      expect(value, path).not.toBe('');
    }
  });

  it('uses absolute URLs on this site or https elsewhere', () => {
    for (const [path, value] of walk(graph)) {
      if (!URL_KEYS.has(lastKey(path)) || typeof value !== 'string') continue;
      expect(value, path).toMatch(new RegExp(`^(${siteUrl}/|https://)`));
    }
  });

  it('writes dates in ISO 8601', () => {
    for (const [path, value] of walk(graph))
      if (DATE_KEYS.has(lastKey(path))) expect(value, path).toMatch(ISO_8601);
  });

  it('publishes no draft and invents no offer', () => {
    const json = JSON.stringify(graph);
    for (const draft of ['草稿', '未公开', '未公布', 'unfinished', 'secret-2025'])
      expect(json).not.toContain(draft);
    expect(json).not.toContain('offers');
  });
});

describe('the event graph', () => {
  const node = nodeOfType(eventGraph(event), 'Event');

  it("has Google's required Event properties: name, a date without an invented time, a place with an address", () => {
    expect(node).toMatchObject({
      name: '演示峰会',
      startDate: '2024-05-18',
      endDate: '2024-05-18',
      location: {
        '@type': 'Place',
        name: '北京格兰云天大酒店',
        address: { '@type': 'PostalAddress', addressLocality: '北京' },
      },
    });
  });

  it('has the recommended status, attendance mode, image, description and organizers', () => {
    expect(node).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      image: [`${siteUrl}/og/events/demo-2024.png`],
      description: '一场演示峰会。',
    });
    expect(names(node.organizer)).toEqual(['CSDN', '《新程序员》']);
  });

  it('belongs to the NPCon series and holds each session, with its performers, as a subEvent', () => {
    expect(node.superEvent).toMatchObject({ '@type': 'EventSeries', name: '新程序员大会(NPCon)' });
    const sessions = node.subEvent as Node[];
    expect(names(sessions)).toEqual(['主旨演讲标题', '圆桌标题']);
    expect(names(sessions[1]?.performer)).toEqual(['主持人', '陈巍', 'Owen Zhu']);
    expect(names(node.performer)).toEqual(['陈巍', '主持人', 'Owen Zhu']);
  });
});

describe('the session graph', () => {
  const graph = sessionGraph(panel, fixedDates());
  const session = nodeOfType(graph, 'Event');
  const recap = nodeOfType(graph, 'Article');

  it('is an Event inside its summit, with its people and topics', () => {
    expect(session).toMatchObject({
      name: '圆桌标题',
      startDate: '2024-05-18',
      location: { name: '北京格兰云天大酒店' },
    });
    expect(session.superEvent).toMatchObject({
      '@type': 'Event',
      name: '演示峰会',
      url: `${siteUrl}/events/demo-2024`,
    });
    expect(names(session.performer)).toEqual(['主持人', '陈巍', 'Owen Zhu']);
    expect(session.about).toEqual([
      { '@type': 'Thing', name: '开源', url: `${siteUrl}/topics/${encodeURIComponent('开源')}` },
    ]);
  });

  it('has the recap as an Article with headline, description, author, dates and language', () => {
    expect(recap).toMatchObject({
      headline: '圆桌标题',
      description: '圆桌摘要。',
      author: { '@type': 'Organization', name: 'NPCon 大会回顾' },
      datePublished: '2024-06-01T08:00:00+08:00',
      dateModified: '2024-06-02T08:00:00+08:00',
      inLanguage: 'zh-CN',
      image: [`${siteUrl}/og/events/demo-2024/sessions/panel.png`],
    });
  });

  it('has a breadcrumb from home through the summit', () => {
    const breadcrumb = nodeOfType(graph, 'BreadcrumbList');
    expect(
      (breadcrumb.itemListElement as Node[]).map((item) => [item.position, item.name, item.item]),
    ).toEqual([
      [1, '首页', `${siteUrl}/`],
      [2, '演示峰会', `${siteUrl}/events/demo-2024`],
      [3, '圆桌标题', `${siteUrl}/events/demo-2024/sessions/panel`],
    ]);
  });

  it('leaves the Article undated when the file has no known dates', () => {
    const undated = nodeOfType(
      sessionGraph(keynote, () => undefined),
      'Article',
    );
    expect(undated).not.toHaveProperty('datePublished');
  });
});

describe('the speaker graph', () => {
  it('is a ProfilePage about a Person with job, employer and links', () => {
    const profile = nodeOfType(
      speakerGraph(store.getSpeaker('chen-wei')!, fixedDates()),
      'ProfilePage',
    );
    expect(profile.mainEntity).toMatchObject({
      '@type': 'Person',
      name: '陈巍',
      jobTitle: '董事长',
      worksFor: { '@type': 'Organization', name: '千芯科技' },
      sameAs: ['https://example.com/chen-wei'],
    });
    expect(profile).toMatchObject({
      dateCreated: '2024-06-01T08:00:00+08:00',
      dateModified: '2024-06-02T08:00:00+08:00',
    });
  });

  it('gives sameAs only where links exist, and the portrait where there is one', () => {
    const person = nodeOfType(
      speakerGraph(store.getSpeaker('owen-zhu')!, fixedDates()),
      'ProfilePage',
    ).mainEntity as Node;
    expect(person).not.toHaveProperty('sameAs');
    expect(person.image).toBe(`${siteUrl}/images/speakers/owen-zhu.jpg`);
  });
});

describe('the home graph', () => {
  const graph = homeGraph(store.getLatestEvent());

  it('has the WebSite with a search action on /search?q=', () => {
    expect(nodeOfType(graph, 'WebSite')).toMatchObject({
      url: `${siteUrl}/`,
      name: 'NPCon 大会回顾',
      inLanguage: 'zh-CN',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('has the organizers and the latest event', () => {
    expect(names(nodes(graph).filter((node) => node['@type'] === 'Organization'))).toEqual([
      'CSDN',
      '《新程序员》',
    ]);
    expect(nodeOfType(graph, 'Event').name).toBe('演示峰会');
  });
});

describe('serializeJsonLd', () => {
  it('keeps an editor\'s "</script>" from closing the element', () => {
    const json = serializeJsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><b>&' }],
    });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><b>&');
  });
});

describe('topic graphs', () => {
  it('list every session on a topic by its absolute URL, with breadcrumbs through /topics', () => {
    const topic = store.getTopics()[0]!;
    const sessions = store.getSessionsByTopic(topic.name);
    const graph = topicGraph(topic, sessions);
    const page = nodeOfType(graph, 'CollectionPage');
    expect(page.url).toBe(`${siteUrl}/topics/${encodeURIComponent(topic.name)}`);
    const list = page.mainEntity as { itemListElement: Node[] };
    expect(list.itemListElement.map((item) => item.url)).toEqual(
      sessions.map((session) => `${siteUrl}${session.url}`),
    );
    const crumbs = nodeOfType(graph, 'BreadcrumbList').itemListElement as Node[];
    expect(crumbs.map((crumb) => crumb.item)).toEqual([
      `${siteUrl}/`,
      `${siteUrl}/topics`,
      `${siteUrl}/topics/${encodeURIComponent(topic.name)}`,
    ]);
  });
});
