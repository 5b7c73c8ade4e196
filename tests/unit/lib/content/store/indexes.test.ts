import { describe, expect, it } from 'vitest';
import { buildIndexes } from '@/lib/content/store/indexes';
import { docs, event, session, speaker } from './documents';

const production = buildIndexes(docs, { includeDrafts: false });
const preview = buildIndexes(docs, { includeDrafts: true });

describe('buildIndexes', () => {
  it('orders events newest first and each agenda by order, with every position indexed', () => {
    expect(production.events.map((e) => e.summary.slug)).toEqual(['demo-2024', 'demo-2023']);
    const demo = production.eventsBySlug.get('demo-2024');
    expect(demo?.sessions.map((s) => s.summary.slug)).toEqual(['first', 'second', 'third']);
    expect([...(demo?.positions ?? [])]).toEqual([
      ['first', 0],
      ['second', 1],
      ['third', 2],
    ]);
    expect(preview.eventsBySlug.get('demo-2024')?.positions.get('unpublished')).toBe(3);
  });

  it('leaves out drafts, sessions of draft events and sessions of unknown events', () => {
    const withOrphan = buildIndexes(
      { ...docs, sessions: [...docs.sessions, session('no-such-event', 'orphan', 1, { topics: ['孤儿'] })] },
      { includeDrafts: true },
    );
    expect(withOrphan.topicsByName.has('孤儿')).toBe(false);
    expect(production.eventsBySlug.has('secret-2025')).toBe(false);
    expect(production.speakers.has('draft-person')).toBe(false);
    expect(production.topicsByName.has('保密')).toBe(false);
    expect(preview.topicsByName.get('保密')?.sessions.map((s) => s.slug)).toEqual(['hidden-event-talk']);
  });

  it("indexes each speaker's sessions once each, in the first role listed, newest event first", () => {
    const twice = buildIndexes(
      {
        events: [event('e', '2024-01-01'), event('older', '2020-01-01')],
        sessions: [
          session('older', 'past', 1, { speakers: ['a'] }),
          session('e', 'panel', 1, { kind: 'roundtable', moderator: 'a', panelists: ['a', 'b'] }),
        ],
        speakers: [speaker('a', '甲'), speaker('b', '乙')],
      },
      { includeDrafts: false },
    );
    expect(twice.speakers.get('a')?.appearances.map((a) => `${a.session.slug}:${a.role}`)).toEqual([
      'panel:moderator',
      'past:speaker',
    ]);
  });

  it('counts a topic once per session, and sorts topics by count, then by name (Chinese collation)', () => {
    const counted = buildIndexes(
      {
        events: [event('e', '2024-01-01')],
        sessions: [
          session('e', 'a', 1, { topics: ['GPU', 'GPU', '开源'] }),
          session('e', 'b', 2, { topics: ['开源', '算力'] }),
        ],
        speakers: [],
      },
      { includeDrafts: false },
    );
    expect(counted.topics.map((t) => `${t.name}:${t.sessionCount}`)).toEqual(['开源:2', '算力:1', 'GPU:1']);
    expect(counted.topicsByName.get('开源')?.sessions.map((s) => s.slug)).toEqual(['a', 'b']);
  });
});
