import { describe, expect, it } from 'vitest';
import { createContentStore } from '@/lib/content/store';
import { withPages } from '../../../../fixtures/content-store';
import { topicMetadata } from '@/lib/seo/page-metadata';
import { event, session, speaker } from '../../../../fixtures/store-documents';

// 63 sessions on one topic: two pages, 50 then 13.
const docs = {
  events: [event('demo-2024', '2024-03-16')],
  sessions: Array.from({ length: 63 }, (_, index) => session('demo-2024', `talk-${index + 1}`, index + 1, { speakers: ['li-ming'], topics: ['开源'] })),
  speakers: [speaker('li-ming', '李明')],
};
const store = withPages(createContentStore(docs, { includeDrafts: false }));
const TOPIC = `/topics/${encodeURIComponent('开源')}`;

describe('a topic of 63 sessions', () => {
  it('shows 50 on its own page and the rest on /page/2, in agenda order', () => {
    const first = store.getTopicPage('开源')!;
    expect(first.sessions).toHaveLength(50);
    expect(first.url).toBe(TOPIC);
    expect(first.pager).toMatchObject({ page: 1, pageCount: 2, next: `${TOPIC}/page/2` });
    const second = store.getTopicPage('开源', ['page', '2'])!;
    expect(second.sessions.map((s) => s.slug)).toEqual(Array.from({ length: 13 }, (_, index) => `talk-${index + 51}`));
    expect(second.url).toBe(`${TOPIC}/page/2`);
    expect(second.paths).toEqual({ 'zh-CN': `${TOPIC}/page/2`, en: `/en${TOPIC}/page/2` });
    expect(second.pager.previous).toBe(TOPIC);
    expect(second.topic.sessionCount).toBe(63);
  });

  it('has no /page/1 and nothing past the last page', () => {
    expect(store.getTopicPage('开源', ['page', '1'])).toBeUndefined();
    expect(store.getTopicPage('开源', ['page', '3'])).toBeUndefined();
  });

  it('lists every page for static params and the sitemap', () => {
    expect(store.getTopicPages().map(({ topic, page }) => [topic, page])).toEqual([
      ['开源', undefined],
      ['开源', ['page', '2']],
    ]);
  });

  it('page 2 has its own title and canonical', () => {
    const metadata = topicMetadata(store.getTopicPage('开源', ['page', '2'])!);
    expect(metadata.title).toBe('开源（第 2 页）');
    expect(metadata.alternates?.canonical).toBe(`http://localhost:3000${TOPIC}/page/2`);
  });
});
