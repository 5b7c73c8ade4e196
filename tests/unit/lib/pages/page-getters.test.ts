import { describe, expect, it } from 'vitest';
import { createContentStore, type ContentDocs } from '@/lib/content/store';
import { createPageGetters } from '@/lib/pages/page-getters';
import { docs, event, session, speaker } from '../../../fixtures/store-documents';

function site(documents: ContentDocs, { includeDrafts = false } = {}) {
  const content = createContentStore(documents, { includeDrafts });
  return { ...content, ...createPageGetters(content, content.edition) };
}

const production = site(docs);
const preview = site(docs, { includeDrafts: true });

describe('getHomePage', () => {
  it('shows the latest published event, or the latest draft while previewing', () => {
    expect(production.getHomePage().event?.slug).toBe('demo-2024');
    expect(production.getHomePage().event?.sessions.map((s) => s.slug)).toEqual(['first', 'second', 'third']);
    expect(preview.getHomePage().event?.slug).toBe('secret-2025');
  });

  it('is empty when nothing is published', () => {
    const empty = site({ events: [], sessions: [], speakers: [] });
    expect(empty.getHomePage()).toEqual({});
    expect(empty.getSiteNavigation()).toEqual({});
  });

  it('gives the header the latest event for its agenda entry', () => {
    expect(production.getSiteNavigation()).toEqual({ agendaUrl: '/events/demo-2024' });
  });
});

describe('getEventPage', () => {
  it('holds the agenda and everyone on it, and nothing for a draft or unknown event', () => {
    const page = production.getEventPage('demo-2024');
    expect(page?.event.sessions.map((s) => s.order)).toEqual([1, 2, 3]);
    expect(page?.event.speakers.map((s) => s.slug)).toEqual(['li-ming', 'wang-fang', 'zhou-jie']);
    expect(page?.event.introHtml).toBe('<p>介绍</p>');
    expect(production.getEventPage('secret-2025')).toBeUndefined();
    expect(production.getEventPage('nope')).toBeUndefined();
  });
});

describe('getSessionPage', () => {
  it('links each topic to its page, percent-encoded', () => {
    expect(production.getSessionPage('demo-2024', 'first')?.topics.map(({ name, url }) => ({ name, url }))).toEqual([
      { name: 'GPU', url: '/topics/GPU' },
      { name: '推理优化', url: '/topics/%E6%8E%A8%E7%90%86%E4%BC%98%E5%8C%96' },
    ]);
  });

  it('gives the pager, ranked related sessions and no panel for a talk', () => {
    const page = production.getSessionPage('demo-2024', 'second');
    expect(page?.pager.previous?.slug).toBe('first');
    expect(page?.pager.next?.slug).toBe('third');
    expect(page?.panel).toBeUndefined();
    // 王芳 is on the roundtable's panel: a shared person outranks a shared topic; of the two on GPU,
    // the same event's session comes first.
    expect(page?.related.map((r) => `${r.session.eventSlug}/${r.session.slug}`)).toEqual([
      'demo-2024/third',
      'demo-2024/first',
      'demo-2023/old',
    ]);
    expect(page?.related.some((r) => r.session.slug === 'second')).toBe(false);
  });

  it("sets a roundtable's host apart and gives each panelist their position and quotes", () => {
    expect(production.getSessionPage('demo-2024', 'third')?.panel).toEqual({
      moderator: { speaker: expect.objectContaining({ slug: 'zhou-jie' }), quotes: [{ text: '主持人的话' }] },
      panelists: [
        { speaker: expect.objectContaining({ slug: 'li-ming' }), position: '李明的立场', quotes: [] },
        { speaker: expect.objectContaining({ slug: 'wang-fang' }), quotes: [{ text: '王芳的话' }] },
      ],
    });
  });

  it('counts reading time over everything the page shows, and lists sections only for a long recap', () => {
    const long = '字'.repeat(400 * 2);
    const headings = ['一', '二', '三'].map((h) => `<h2 id="${h}">${h}</h2><p>${long}</p>`).join('');
    const store = site(
      {
        events: [event('e', '2024-01-01')],
        sessions: [
          session('e', 'long', 1, { body: { raw: '', html: headings }, takeaways: [long] }),
          session('e', 'short', 2, { body: { raw: '', html: '<h2 id="a">A</h2><p>短</p>' } }),
        ],
        speakers: [speaker('s', '某人')],
      },
    );
    const page = store.getSessionPage('e', 'long');
    expect(page?.readingMinutes).toBe(9); // 3 × 800 in the recap + 800 in the takeaway + the summary
    expect(page?.tableOfContents.map((entry) => entry.id)).toEqual(['一', '二', '三']);
    expect(store.getSessionPage('e', 'short')?.readingMinutes).toBe(1);
    expect(store.getSessionPage('e', 'short')?.tableOfContents).toEqual([]);
  });

  it('is absent for a draft session in production, shown while previewing', () => {
    expect(production.getSessionPage('demo-2024', 'unpublished')).toBeUndefined();
    expect(production.getSessionPage('secret-2025', 'hidden-event-talk')).toBeUndefined();
    expect(preview.getSessionPage('demo-2024', 'unpublished')?.session.draft).toBe(true);
    expect(preview.getSessionPage('demo-2024', 'third')?.pager.next?.slug).toBe('unpublished');
  });
});

describe('speaker pages', () => {
  it('lists speakers by name in pinyin order, without drafts', () => {
    expect(production.getSpeakersPage()?.speakers.map((s) => s.name)).toEqual(['李明', '王芳', '周杰']);
    expect(preview.getSpeakersPage()?.speakers.map((s) => s.slug)).toContain('draft-person');
  });

  it("gives a speaker's biography and every session they took part in", () => {
    const page = production.getSpeakerPage('li-ming');
    expect(page?.speaker.bioHtml).toBe('<p>简介</p>');
    expect(page?.speaker.appearances.map((a) => `${a.session.slug}:${a.role}`)).toEqual([
      'first:speaker',
      'third:panelist',
      'old:speaker',
    ]);
    expect(production.getSpeakerPage('draft-person')).toBeUndefined();
    expect(production.getSpeakerPage('ghost')).toBeUndefined();
  });
});

describe('topic pages', () => {
  it('lists topics with their session counts, most sessions first', () => {
    expect(production.getTopicsPage().topics.map((t) => `${t.name}:${t.sessionCount}`)).toEqual([
      'GPU:3',
      '开源:1',
      '推理优化:1',
    ]);
  });

  it("groups a topic's sessions by event, newest first, and names the topics they share", () => {
    const page = production.getTopicPage('GPU');
    expect(page?.sessions.map((s) => s.slug)).toEqual(['first', 'second', 'old']);
    expect(page?.groups.map((g) => `${g.event.slug}:${g.sessions.map((s) => s.slug).join(',')}`)).toEqual([
      'demo-2024:first,second',
      'demo-2023:old',
    ]);
    expect(page?.relatedTopics.map((t) => t.name)).toEqual(['推理优化']);
  });

  it('accepts the name as written or percent-encoded, and nothing else', () => {
    expect(production.getTopicPage('推理优化')?.topic.url).toBe('/topics/%E6%8E%A8%E7%90%86%E4%BC%98%E5%8C%96');
    expect(production.getTopicPage('%E6%8E%A8%E7%90%86%E4%BC%98%E5%8C%96')?.topic.name).toBe('推理优化');
    expect(production.getTopicPage('保密')).toBeUndefined();
    expect(production.getTopicPage('%E0%A4%A')).toBeUndefined();
  });
});
