import { describe, expect, it } from 'vitest';
import { routes, routesFor } from '@/lib/routes';

describe('routes', () => {
  it('follows the content contract', () => {
    expect(routes.event('npcon-2023-beijing')).toBe('/events/npcon-2023-beijing');
    expect(routes.session('npcon-2023-beijing', 'inscode')).toBe('/events/npcon-2023-beijing/sessions/inscode');
    expect(routes.speaker('chen-wei')).toBe('/speakers/chen-wei');
  });

  it('encodes Chinese and reserved characters in topic names', () => {
    expect(routes.topic('算力')).toBe('/topics/%E7%AE%97%E5%8A%9B');
    expect(routes.topic('AI 应用开发')).toBe('/topics/AI%20%E5%BA%94%E7%94%A8%E5%BC%80%E5%8F%91');
    expect(decodeURIComponent(routes.topic('C++ & Rust').slice('/topics/'.length))).toBe('C++ & Rust');
  });

  it('puts English pages under /en, and keeps one calendar, open data and sitemap for both editions', () => {
    const en = routesFor('en');
    expect(en.session('npcon-2023-beijing', 'inscode')).toBe('/en/events/npcon-2023-beijing/sessions/inscode');
    expect(en.home()).toBe('/en');
    expect(en.searchIndex()).toBe('/en/search/index.json');
    expect(en.calendar('npcon-2023-beijing')).toBe(routes.calendar('npcon-2023-beijing'));
    expect(en.apiEvent('npcon-2023-beijing')).toBe('/api/v1/events/npcon-2023-beijing.json');
    expect(en.apiSchema('events')).toBe('/schemas/api/events.schema.json');
    expect(en.sitemap()).toBe('/sitemap.xml');
  });
});
