import { describe, expect, it } from 'vitest';
import {
  sourcePath,
  toEventSummary,
  toSessionSummary,
  toSessionView,
  toSpeakerRef,
  toTopicRef,
} from '@/lib/content/store/reshape';
import { event, session, speaker } from './documents';

const refs = new Map(
  [speaker('host', '主持人'), speaker('a', '甲'), speaker('b', '乙')].map((doc) => [doc.slug, toSpeakerRef(doc)]),
);
const lookup = (slug: string) => refs.get(slug);

describe('reshape', () => {
  it("serves a speaker's avatar from the site root and links their page", () => {
    const ref = toSpeakerRef(speaker('wang-fang', '王芳', { avatar: 'public/avatars/wang-fang.jpg', draft: true }));
    expect(ref).toMatchObject({ avatar: '/avatars/wang-fang.jpg', url: '/speakers/wang-fang', draft: true });
    expect(toSpeakerRef(speaker('li-ming', '李明'))).not.toHaveProperty('avatar');
  });

  it("keeps an event's calendar date and leaves absent optional fields absent", () => {
    const summary = toEventSummary(event('demo', '2024-05-18'));
    expect(summary.date).toBe('2024-05-18');
    expect(summary).not.toHaveProperty('venue');
    expect(summary).not.toHaveProperty('theme');
    expect(sourcePath(event('demo', '2024-05-18'))).toBe('content/events/demo/index.md');
  });

  it('lists speakers, then the moderator, then the panelists, dropping a reference to nobody', () => {
    const doc = session('e', 'panel', 1, { kind: 'roundtable', moderator: 'host', panelists: ['a', 'ghost', 'b'] });
    expect(toSessionSummary(doc, lookup).people.map((p) => `${p.speaker.slug}:${p.role}`)).toEqual([
      'host:moderator',
      'a:panelist',
      'b:panelist',
    ]);
  });

  it('attributes quotes and positions to their speakers, keeping the body and source path', () => {
    const doc = session('e', 'talk', 1, {
      speakers: ['a'],
      quotes: [
        { speaker: 'a', text: '原话' },
        { speaker: 'ghost', text: '无人' },
      ],
      slides: 'https://example.com/slides',
    });
    const view = toSessionView(doc, toSessionSummary(doc, lookup), toEventSummary(event('e', '2024-01-01')), lookup);
    expect(view.quotes).toEqual([{ speaker: refs.get('a'), text: '原话' }]);
    expect(view.slides).toBe('https://example.com/slides');
    expect(view).not.toHaveProperty('video');
    expect(view).not.toHaveProperty('moderator');
    expect(view.bodyHtml).toBe('<p>回顾</p>');
    expect(view.sourcePath).toBe('content/events/e/sessions/talk.md');
  });

  it('percent-encodes a topic name in its URL', () => {
    expect(toTopicRef('AI 芯片')).toEqual({ name: 'AI 芯片', url: '/topics/AI%20%E8%8A%AF%E7%89%87' });
  });
});
