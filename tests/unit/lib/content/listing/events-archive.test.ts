import { describe, expect, it } from 'vitest';
import { createContentStore } from '@/lib/content/store';
import { withPages } from '../../../../fixtures/content-store';
import { editionDocs } from '@/lib/content/editions';
import { topicTranslator } from '@/lib/content/topics';
import { event } from '../../../../fixtures/store-documents';

// Four events in three years, two series, three cities (one spelt the same in two events).
const docs = {
  events: [
    event('npcon-2023-beijing', '2023-08-12', { series: 'npcon', city: '北京' }),
    event('npcon-2024-shanghai', '2024-04-20', { series: 'npcon', city: '上海' }),
    event('npcon-2024-beijing', '2024-11-02', { series: 'npcon', city: '北京' }),
    event('demo-2022', '2022-03-05', { series: 'demo', city: '深圳' }),
    event('secret-2025', '2025-01-01', { draft: true, city: '成都' }),
  ],
  sessions: [],
  speakers: [],
};
const store = withPages(createContentStore(docs, { includeDrafts: false }));

describe('the events archive', () => {
  it('lists every published event by year, newest year and newest event first', () => {
    const page = store.getEventsPage();
    expect(page?.years.map((year) => [year.year, year.events.map((e) => e.slug)])).toEqual([
      ['2024', ['npcon-2024-beijing', 'npcon-2024-shanghai']],
      ['2023', ['npcon-2023-beijing']],
      ['2022', ['demo-2022']],
    ]);
    expect(page?.eventCount).toBe(4);
    expect(page?.url).toBe('/events');
  });

  it('links every series and city once, cities by the pinyin of their names, with counts', () => {
    const filters = store.getEventsPage()?.filters;
    expect(filters?.series.map(({ slug, url, count }) => [slug, url, count])).toEqual([
      ['npcon', '/events/series/npcon', 3],
      ['demo', '/events/series/demo', 1],
    ]);
    expect(filters?.cities.map(({ name, url, count }) => [name, url, count])).toEqual([
      ['北京', '/events/city/beijing', 2],
      ['上海', '/events/city/shanghai', 1],
      ['深圳', '/events/city/shenzhen', 1],
    ]);
    expect(filters?.all.current).toBe(true);
    expect([...(filters?.series ?? []), ...(filters?.cities ?? [])].some((link) => link.current)).toBe(false);
  });

  it('a filtered page lists only matching events and marks its own link', () => {
    const beijing = store.getEventsPage({ kind: 'city', slug: 'beijing' });
    expect(beijing?.years.flatMap((year) => year.events).map((e) => e.slug)).toEqual(['npcon-2024-beijing', 'npcon-2023-beijing']);
    expect(beijing?.filter).toEqual({ kind: 'city', name: '北京' });
    expect(beijing?.filters.cities.find((link) => link.current)?.slug).toBe('beijing');
    expect(beijing?.filters.all.current).toBe(false);
    const demo = store.getEventsPage({ kind: 'series', slug: 'demo' });
    expect(demo?.years.map((year) => year.year)).toEqual(['2022']);
    expect(demo?.url).toBe('/events/series/demo');
    expect(demo?.filter?.name).toBe('demo');
  });

  it('has no page for a series or city no published event has (a draft event is not one)', () => {
    expect(store.getEventsPage({ kind: 'city', slug: 'chengdu' })).toBeUndefined();
    expect(store.getEventsPage({ kind: 'series', slug: 'nope' })).toBeUndefined();
  });

  it('the English edition shows translated city names under the same addresses as the Chinese one', () => {
    const translations = {
      events: [{ _raw: { sourceFilePath: 'events/npcon-2024-beijing/index.en.md' }, body: { raw: '', html: '' }, slug: 'npcon-2024-beijing', city: 'Beijing' }],
      sessions: [],
      speakers: [],
    };
    const english = withPages(createContentStore(editionDocs(docs, translations, topicTranslator([], []), 'en'), { includeDrafts: false, locale: 'en' }));
    const cities = english.getEventsPage()?.filters.cities;
    expect(cities?.[0]).toMatchObject({ name: 'Beijing', url: '/en/events/city/beijing', count: 2 });
    expect(english.getEventsPage({ kind: 'city', slug: 'beijing' })?.eventCount).toBe(2);
    expect(english.getEventsPage({ kind: 'series', slug: 'npcon' })?.filter?.name).toBe('New Programmer Conference (NPCon)');
  });
});
