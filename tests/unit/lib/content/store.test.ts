import { describe, expect, it } from 'vitest';
import { createContentStore, type ContentDocs, type EventDoc, type SessionDoc, type SpeakerDoc } from '@/lib/content/store';

const body = (text: string) => ({ raw: text, html: `<p>${text}</p>` });

function event(slug: string, date: string, extra: Partial<EventDoc> = {}): EventDoc {
  return {
    _raw: { sourceFilePath: `events/${slug}/index.md` },
    body: body('介绍'),
    slug,
    title: `活动 ${slug}`,
    series: 'demo',
    city: '上海',
    date: `${date}T00:00:00.000Z`,
    organizers: ['主办方'],
    summary: '摘要',
    ...extra,
  };
}

function session(eventSlug: string, slug: string, order: number, extra: Partial<SessionDoc> = {}): SessionDoc {
  return {
    _raw: { sourceFilePath: `events/${eventSlug}/sessions/${slug}.md` },
    body: body('回顾'),
    slug,
    event: eventSlug,
    title: `场次 ${slug}`,
    kind: 'talk',
    order,
    summary: '摘要',
    topics: [],
    ...extra,
  };
}

function speaker(slug: string, name: string, extra: Partial<SpeakerDoc> = {}): SpeakerDoc {
  return { _raw: { sourceFilePath: `speakers/${slug}.md` }, body: body('简介'), slug, name, role: '工程师', organization: '示例', ...extra };
}

const docs: ContentDocs = {
  events: [event('demo-2023', '2023-05-20'), event('demo-2024', '2024-03-16'), event('secret-2025', '2025-01-01', { draft: true })],
  sessions: [
    // Listed out of order: the store sorts by order.
    session('demo-2024', 'third', 3, { topics: ['开源'], kind: 'roundtable', moderator: 'zhou-jie', panelists: ['li-ming', 'wang-fang'] }),
    session('demo-2024', 'first', 1, { speakers: ['li-ming'], topics: ['GPU', '推理优化'], quotes: [{ speaker: 'li-ming', text: '原话' }] }),
    session('demo-2024', 'second', 2, { speakers: ['wang-fang', 'ghost'], topics: ['GPU'] }),
    session('demo-2024', 'unpublished', 4, { speakers: ['li-ming'], topics: ['GPU'], draft: true }),
    session('demo-2023', 'old', 1, { speakers: ['li-ming'], topics: ['GPU'] }),
    session('secret-2025', 'hidden-event-talk', 1, { speakers: ['li-ming'], topics: ['保密'] }),
    session('demo-2024', 'draft-speaker-talk', 5, { speakers: ['draft-person'], topics: ['GPU'], draft: true }),
  ],
  speakers: [
    speaker('zhou-jie', '周杰'),
    speaker('wang-fang', '王芳', { avatar: 'public/avatars/wang-fang.jpg' }),
    speaker('li-ming', '李明'),
    speaker('draft-person', '艾草稿', { draft: true }),
  ],
};

const production = createContentStore(docs, { includeDrafts: false });
const preview = createContentStore(docs, { includeDrafts: true });

describe('drafts', () => {
  it('are absent from a production store: events, their sessions, draft sessions and draft speakers', () => {
    expect(production.getEvents().map((e) => e.slug)).toEqual(['demo-2024', 'demo-2023']);
    expect(production.getEvent('secret-2025')).toBeUndefined();
    expect(production.getSession('secret-2025', 'hidden-event-talk')).toBeUndefined();
    expect(production.getSession('demo-2024', 'unpublished')).toBeUndefined();
    expect(production.getSessions().map((s) => s.slug)).toEqual(['first', 'second', 'third', 'old']);
    expect(production.getSpeaker('draft-person')).toBeUndefined();
    expect(production.getSpeakers().map((s) => s.slug)).not.toContain('draft-person');
    expect(production.getTopics().map((t) => t.name)).not.toContain('保密');
    expect(production.getSessionsByTopic('保密')).toEqual([]);
    expect(production.getLatestEvent()?.slug).toBe('demo-2024');
  });

  it('are shown, marked as drafts, when previewing', () => {
    expect(preview.getLatestEvent()?.slug).toBe('secret-2025');
    expect(preview.getLatestEvent()?.draft).toBe(true);
    expect(preview.getSession('demo-2024', 'unpublished')?.draft).toBe(true);
    expect(preview.getSpeaker('draft-person')?.draft).toBe(true);
    expect(preview.getSession('demo-2024', 'first')?.draft).toBe(false);
  });
});

describe('getSession', () => {
  it('links the previous and next session of the same event, in agenda order', () => {
    const second = production.getSession('demo-2024', 'second');
    expect(second?.previous?.slug).toBe('first');
    expect(second?.next?.slug).toBe('third');
    expect(production.getSession('demo-2024', 'first')?.previous).toBeUndefined();
    // The draft 4th session is not the published 3rd one's next.
    expect(production.getSession('demo-2024', 'third')?.next).toBeUndefined();
    expect(preview.getSession('demo-2024', 'third')?.next?.slug).toBe('unpublished');
  });

  it('joins people, roles and quotes, and drops a reference to nobody', () => {
    const roundtable = production.getSession('demo-2024', 'third');
    expect(roundtable?.moderator?.name).toBe('周杰');
    expect(roundtable?.panelists.map((p) => p.slug)).toEqual(['li-ming', 'wang-fang']);
    expect(roundtable?.people.map((p) => `${p.speaker.slug}:${p.role}`)).toEqual([
      'zhou-jie:moderator',
      'li-ming:panelist',
      'wang-fang:panelist',
    ]);
    expect(production.getSession('demo-2024', 'second')?.speakers.map((s) => s.slug)).toEqual(['wang-fang']);
    expect(production.getSession('demo-2024', 'first')?.quotes).toEqual([
      { speaker: expect.objectContaining({ slug: 'li-ming', name: '李明' }), text: '原话' },
    ]);
    expect(production.getSession('demo-2024', 'first')?.sourcePath).toBe('content/events/demo-2024/sessions/first.md');
  });
});

describe('speakers', () => {
  it('lists every session a speaker was part of, newest event first, with their role', () => {
    expect(production.getSpeaker('li-ming')?.appearances.map((a) => `${a.event.slug}/${a.session.slug}:${a.role}`)).toEqual([
      'demo-2024/first:speaker',
      'demo-2024/third:panelist',
      'demo-2023/old:speaker',
    ]);
    expect(production.getSessionsBySpeaker('zhou-jie').map((a) => a.role)).toEqual(['moderator']);
  });

  it('orders speakers by their names in pinyin, and serves avatars from the site root', () => {
    expect(production.getSpeakers().map((s) => s.name)).toEqual(['李明', '王芳', '周杰']);
    expect(production.getSpeaker('wang-fang')?.avatar).toBe('/avatars/wang-fang.jpg');
    expect(production.getSpeaker('li-ming')?.avatar).toBeUndefined();
  });

  it("gives an event's speakers in order of first appearance on its agenda", () => {
    expect(production.getEvent('demo-2024')?.speakers.map((s) => s.slug)).toEqual(['li-ming', 'wang-fang', 'zhou-jie']);
  });
});

describe('topics', () => {
  it('counts sessions per topic, most used first, then by name', () => {
    expect(production.getTopics().map((t) => `${t.name}:${t.sessionCount}`)).toEqual(['GPU:3', '开源:1', '推理优化:1']);
    expect(production.getTopics()[0]?.url).toBe('/topics/GPU');
  });

  it('groups the sessions of a topic, newest event first, agenda order within it', () => {
    expect(production.getSessionsByTopic('GPU').map((s) => `${s.eventSlug}/${s.slug}`)).toEqual([
      'demo-2024/first',
      'demo-2024/second',
      'demo-2023/old',
    ]);
  });
});
