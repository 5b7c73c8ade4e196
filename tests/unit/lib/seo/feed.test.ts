import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '@/lib/seo/feed';
import { siteUrl } from '@/lib/site';
import { fixedDates, store } from '../../../fixtures/content-store';

type Element = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name),
});

describe('buildFeed', () => {
  const xml = buildFeed(store.getSessions(), fixedDates());
  const feed = parser.parse(xml).feed as Element;
  const entries = feed.entry as Element[];

  it('is well-formed Atom', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${siteUrl}/`);
    expect(feed.link).toContainEqual({ rel: 'self', href: `${siteUrl}/feed.xml` });
  });

  it('has one entry per published session, drafts left out', () => {
    expect(entries.map((entry) => (entry.title as Element)['#text'])).toEqual([
      '主旨演讲标题',
      '圆桌标题',
    ]);
  });

  it('gives each entry its link, summary, people, dates and topics', () => {
    const panel = entries[1] as Element;
    expect(panel.link).toEqual([{ href: `${siteUrl}/events/demo-2024/sessions/panel` }]);
    expect(panel.summary).toMatchObject({ '#text': '圆桌摘要。' });
    expect((panel.author as Element[]).map((author) => author.name)).toEqual([
      '主持人',
      '陈巍',
      'Owen Zhu',
    ]);
    expect((panel.author as Element[])[0]?.uri).toBe(`${siteUrl}/speakers/host`);
    expect(panel.published).toBe(new Date('2024-06-01T08:00:00+08:00').toISOString());
    expect(panel.updated).toBe(new Date('2024-06-02T08:00:00+08:00').toISOString());
    expect((panel.category as Element[]).map((category) => category.term)).toEqual(['开源']);
  });
});

describe('the English feed', () => {
  it('is in English, at /en, with English entries and topics', async () => {
    const { enStore } = await import('../../../fixtures/edition-stores');
    const xml = buildFeed(enStore.getSessions().filter((session) => session.translated), fixedDates(), 'en');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('/en/feed.xml');
    expect(xml).toContain('<title type="html"><![CDATA[Keynote title]]></title>');
    expect(xml).toContain('term="Compute"');
    expect(xml).not.toContain('圆桌标题');
  });
});
