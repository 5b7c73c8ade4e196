import { describe, expect, it } from 'vitest';
import { createContentStore } from '@/lib/content/store';
import { docs } from './documents';

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

describe('getSessionPager', () => {
  it('links the previous and next session of the same event, in agenda order', () => {
    const second = production.getSessionPager('demo-2024', 'second');
    expect(second?.previous?.slug).toBe('first');
    expect(second?.next?.slug).toBe('third');
    expect(production.getSessionPager('demo-2024', 'first')?.previous).toBeUndefined();
    // The draft 4th session is not the published 3rd one's next.
    expect(production.getSessionPager('demo-2024', 'third')?.next).toBeUndefined();
    expect(preview.getSessionPager('demo-2024', 'third')?.next?.slug).toBe('unpublished');
    expect(production.getSessionPager('demo-2024', 'unpublished')).toBeUndefined();
  });
});

describe('getSession', () => {
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
    expect(production.getSession('demo-2024', 'first')?.event.slug).toBe('demo-2024');
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
