import type { Metadata } from 'next';
import { describe, expect, it } from 'vitest';
import { locale, openGraphLocale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/seo/metadata';
import {
  eventMetadata,
  homeMetadata,
  sessionMetadata,
  speakerMetadata,
  speakersIndexMetadata,
  topicMetadata,
  topicsIndexMetadata,
} from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/site';
import { fixedDates, pages, store, walk } from '../../../fixtures/content-store';

const event = store.getEvent('demo-2024')!;
const panel = store.getSession('demo-2024', 'panel')!;
const chenWei = store.getSpeaker('chen-wei')!;
const owenZhu = store.getSpeaker('owen-zhu')!;

/** Next's metadata types are unions; tests read the fields as a crawler would see them. */
const og = (metadata: Metadata) =>
  metadata.openGraph as Record<string, unknown> & { images: Record<string, unknown>[] };
const twitter = (metadata: Metadata) => metadata.twitter as Record<string, unknown>;

const everyPage: [string, Metadata][] = [
  ['home', homeMetadata(store.getLatestEvent())],
  ['event', eventMetadata(event)],
  ...store
    .getSessions()
    .map((session): [string, Metadata] => [session.slug, sessionMetadata(session, fixedDates())]),
  ['speakers', speakersIndexMetadata(store.getSpeakers())],
  ...store
    .getSpeakers()
    .map((ref): [string, Metadata] => [ref.slug, speakerMetadata(store.getSpeaker(ref.slug)!)]),
];

describe('pageMetadata', () => {
  const metadata = pageMetadata({ title: '嘉宾', description: '全部嘉宾。', path: '/speakers' });

  it('gives the title, description and an absolute, self-referencing canonical URL', () => {
    expect(metadata.title).toBe('嘉宾');
    expect(metadata.description).toBe('全部嘉宾。');
    expect(metadata.alternates?.canonical).toBe(`${siteUrl}/speakers`);
  });

  it('gives Open Graph tags with a 1200×630 image, its alt text and the zh_CN locale', () => {
    expect(og(metadata)).toMatchObject({
      title: '嘉宾',
      description: '全部嘉宾。',
      url: `${siteUrl}/speakers`,
      type: 'website',
      locale: 'zh_CN',
    });
    expect(og(metadata).images[0]).toMatchObject({
      url: `${siteUrl}/og/site.png`,
      width: 1200,
      height: 630,
    });
    expect(og(metadata).images[0]?.alt).toEqual(expect.stringMatching(/\S/));
  });

  it('gives a large-image Twitter card', () => {
    expect(twitter(metadata)).toMatchObject({
      card: 'summary_large_image',
      title: '嘉宾',
      description: '全部嘉宾。',
    });
  });

  it('links the Atom feed', () => {
    expect(metadata.alternates?.types).toEqual({
      'application/atom+xml': [expect.objectContaining({ url: `${siteUrl}/feed.xml` })],
    });
  });

  it('derives og:locale from the one page locale', () =>
    expect(metadata.openGraph).toMatchObject({ locale: openGraphLocale[locale] }));
});

describe('page metadata builders', () => {
  it('give every page a title of its own', () => {
    const titles = everyPage.map(([, metadata]) => JSON.stringify(metadata.title));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('give every page its own preview image, a description and no undefined value', () => {
    for (const [page, metadata] of everyPage) {
      expect(metadata.description, page).toEqual(expect.stringMatching(/\S/));
      expect(og(metadata).images[0]?.url, page).toMatch(new RegExp(`^${siteUrl}/og/.+\\.png$`));
      for (const [path, value] of walk(metadata))
        expect(value, `${page} ${path}`).not.toBeUndefined();
    }
    const images = everyPage.map(([, metadata]) => og(metadata).images[0]?.url);
    expect(new Set(images).size).toBe(images.length);
  });

  it('title the home page without the site-name suffix and describe it with the latest event', () => {
    const home = homeMetadata(store.getLatestEvent());
    expect(home.title).toEqual({ absolute: expect.stringContaining('NPCon') });
    expect(home.description).toContain(event.summary);
    expect(og(home).images[0]?.url).toBe(`${siteUrl}/og/index.png`);
  });

  it('mark a session as an article with its dates, kind and topics', () => {
    const metadata = sessionMetadata(panel, fixedDates());
    expect(og(metadata)).toMatchObject({
      type: 'article',
      publishedTime: '2024-06-01T08:00:00+08:00',
      modifiedTime: '2024-06-02T08:00:00+08:00',
      section: '圆桌对话',
      tags: ['开源'],
    });
    expect(og(metadata).images[0]?.url).toBe(`${siteUrl}/og/events/demo-2024/sessions/panel.png`);
    expect(og(metadata).images[0]?.alt).toContain('圆桌标题');
  });

  it('describe a speaker with the opening of the biography, as plain text', () => {
    const metadata = speakerMetadata(chenWei);
    expect(metadata.description).toBe('陈巍是千芯科技董事长。他关注算力芯片。');
    expect(og(metadata).type).toBe('profile');
  });

  it('describe a speaker without a biography by who they are', () => {
    expect(speakerMetadata(owenZhu).description).toBe('Owen Zhu，浪潮信息AI 架构师。');
  });

  it('describe a topic by its sessions, at its percent-encoded address', () => {
    const metadata = topicMetadata(pages.getTopicPage('算力')!);
    expect(metadata.title).toBe('算力');
    expect(metadata.description).toContain('主旨演讲标题');
    expect(metadata.alternates?.canonical).toBe(`${siteUrl}/topics/%E7%AE%97%E5%8A%9B`);
  });

  it('count the topics on the topics index', () => {
    const metadata = topicsIndexMetadata(pages.getTopicsPage().topics);
    expect(metadata.description).toContain(String(store.getTopics().length));
    expect(metadata.alternates?.canonical).toBe(`${siteUrl}/topics`);
  });
});
