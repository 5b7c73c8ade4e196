import type { ContentDocs, EventDocument, SessionDocument, SpeakerDocument } from '@/lib/content/store';

// Documents built by hand, shaped as contentlayer compiles them, for the store's tests.

const body = (text: string) => ({ raw: text, html: `<p>${text}</p>` });

export function event(slug: string, date: string, extra: Partial<EventDocument> = {}): EventDocument {
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

export function session(
  eventSlug: string,
  slug: string,
  order: number,
  extra: Partial<SessionDocument> = {},
): SessionDocument {
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

export function speaker(slug: string, name: string, extra: Partial<SpeakerDocument> = {}): SpeakerDocument {
  return {
    _raw: { sourceFilePath: `speakers/${slug}.md` },
    body: body('简介'),
    slug,
    name,
    role: '工程师',
    organization: '示例',
    ...extra,
  };
}

/** Two published events and a draft one; a draft session, a draft speaker and a reference to nobody. */
export const docs: ContentDocs = {
  events: [
    event('demo-2023', '2023-05-20'),
    event('demo-2024', '2024-03-16'),
    event('secret-2025', '2025-01-01', { draft: true }),
  ],
  sessions: [
    // Listed out of order: the store sorts by order.
    session('demo-2024', 'third', 3, {
      topics: ['开源'],
      kind: 'roundtable',
      moderator: 'zhou-jie',
      panelists: ['li-ming', 'wang-fang'],
      quotes: [
        { speaker: 'zhou-jie', text: '主持人的话' },
        { speaker: 'wang-fang', text: '王芳的话' },
      ],
      positions: [{ speaker: 'li-ming', text: '李明的立场' }],
    }),
    session('demo-2024', 'first', 1, {
      speakers: ['li-ming'],
      topics: ['GPU', '推理优化'],
      quotes: [{ speaker: 'li-ming', text: '原话' }],
    }),
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
