import { describe, expect, it } from 'vitest';
import { buildSitemap } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/site';
import { fixedDates, pages, store } from '../../../fixtures/content-store';

const edition = { ...store, ...pages };

const url = (path: string) => `${siteUrl}${path}`;
const topic = (name: string) => url(`/topics/${encodeURIComponent(name)}`);

describe('buildSitemap', () => {
  const sitemap = buildSitemap(
    edition,
    fixedDates({ 'content/events/demo-2024/sessions/panel.md': '2024-07-01T10:00:00+08:00' }),
  );
  const lastModified = (path: string) =>
    sitemap.find((entry) => entry.url === url(path))?.lastModified;

  it('lists every published page once, and nothing else: no draft, no search', () => {
    expect(sitemap.map((entry) => entry.url).sort()).toEqual(
      [
        url('/'),
        url('/events'),
        url('/events/series/npcon'),
        url('/events/city/beijing'),
        url('/events/demo-2024'),
        url('/events/demo-2024/sessions/keynote'),
        url('/events/demo-2024/sessions/panel'),
        url('/speakers'),
        url('/speakers/chen-wei'),
        url('/speakers/owen-zhu'),
        url('/speakers/host'),
        url('/topics'),
        topic('算力'),
        topic('GPU'),
        topic('开源'),
      ].sort(),
    );
  });

  it('dates a page by the last change of the files it is built from', () => {
    expect(lastModified('/events/demo-2024/sessions/keynote')).toBe('2024-06-02T08:00:00+08:00');
    expect(lastModified('/events/demo-2024/sessions/panel')).toBe('2024-07-01T10:00:00+08:00');
    // The event page, the home page and a panelist's page show the panel: they changed with it.
    expect(lastModified('/events/demo-2024')).toBe('2024-07-01T10:00:00+08:00');
    expect(lastModified('/')).toBe('2024-07-01T10:00:00+08:00');
    expect(lastModified('/speakers/owen-zhu')).toBe('2024-07-01T10:00:00+08:00');
    expect(lastModified(`/topics/${encodeURIComponent('算力')}`)).toBe('2024-06-02T08:00:00+08:00');
  });

  it('leaves lastModified out when no file date is known', () => {
    expect(buildSitemap(edition, () => undefined).every((entry) => !('lastModified' in entry))).toBe(
      true,
    );
  });
});
