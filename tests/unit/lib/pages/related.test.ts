import { describe, expect, it } from 'vitest';
import { relatedSessions } from '@/lib/pages/reading/related-sessions';
import { createContentStore } from '@/lib/content/store';
import { createQueries } from '@/lib/content/store/queries';
import { buildIndexes } from '@/lib/content/store/indexes';
import { createPageGetters } from '@/lib/pages/page-getters';
import { createRelatedSessions } from '@/lib/pages/related';
import type { ContentDocs } from '@/lib/content/store';
import type { RelatedSession } from '@/lib/content/types';
import { docs, event, session, speaker } from '../../../fixtures/store-documents';

/** What a reader sees of each related session: which one, and why. */
const shown = (list: RelatedSession[]) =>
  list.map(({ session: { url }, sharedTopics, similarTopics, sharedPeople }) => ({
    url,
    sharedTopics: sharedTopics.map((topic) => topic.name),
    similarTopics: similarTopics.map((topic) => topic.name),
    sharedPeople: sharedPeople.map((person) => person.name),
  }));

/** Ranked over every session, as the session page did before candidates were indexed. */
function expectSameAsOverEverySession(documents: ContentDocs) {
  const queries = createQueries(buildIndexes(documents, { includeDrafts: false }));
  const related = createRelatedSessions(queries);
  const sessions = queries.getSessions();
  expect(sessions.length).toBeGreaterThan(0);
  for (const one of sessions) expect(shown(related(one)), one.url).toEqual(shown(relatedSessions(one, sessions)));
}

// Topics sharing words (大模型部署 ~ 部署架构), people across events and equal agenda positions in
// different events, so every part of the ranking and its tie-breaks is exercised.
const TOPICS = ['大模型部署', '部署架构', 'GPU', '推理优化', '开源', '开源社区', 'AI 芯片', '算力芯片', '创业'];
const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f'];
function archive(): ContentDocs {
  const events = ['e1', 'e2', 'e3'].map((slug, index) => event(slug, `202${index}-05-01`));
  const sessions = events.flatMap((e, eventIndex) =>
    Array.from({ length: 7 }, (_, order) => {
      const pick = (list: string[], step: number) => list[(eventIndex * 3 + order * step) % list.length] ?? '';
      return session(e.slug, `s${order + 1}`, order + 1, {
        topics: [...new Set([pick(TOPICS, 2), pick(TOPICS, 5)])],
        speakers: [...new Set([pick(PEOPLE, 1), ...(order % 3 === 0 ? [pick(PEOPLE, 4)] : [])])],
      });
    }),
  );
  return { events, sessions, speakers: PEOPLE.map((slug) => speaker(slug, slug.toUpperCase())) };
}

describe('createRelatedSessions', () => {
  it('ranks exactly as over every session, on the fixture and on a three-event archive', () => {
    expectSameAsOverEverySession(docs);
    expectSameAsOverEverySession(archive());
  });

  it('finds a session that shares only a word of a topic', () => {
    const queries = createQueries(
      buildIndexes(
        {
          events: [event('e', '2024-01-01')],
          sessions: [
            session('e', 'one', 1, { topics: ['大模型部署'], speakers: ['a'] }),
            session('e', 'two', 2, { topics: ['部署架构'], speakers: ['b'] }),
            session('e', 'three', 3, { topics: ['创业'], speakers: ['c'] }),
          ],
          speakers: ['a', 'b', 'c'].map((slug) => speaker(slug, slug)),
        },
        { includeDrafts: false },
      ),
    );
    const one = queries.getSession('e', 'one');
    if (!one) throw new Error('no session e/one');
    expect(shown(createRelatedSessions(queries)(one))).toEqual([
      { url: '/events/e/sessions/two', sharedTopics: [], similarTopics: ['部署架构'], sharedPeople: [] },
    ]);
  });

  it('is what the session page shows', () => {
    const store = createContentStore(archive(), { includeDrafts: false });
    const page = createPageGetters(store, store.edition).getSessionPage('e2', 's3');
    if (!page) throw new Error('no page for e2/s3');
    expect(page.related.length).toBeGreaterThan(0);
    expect(shown(page.related)).toEqual(shown(relatedSessions(page.session, store.getSessions())));
  });
});
