import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '@/lib/content/types';
import { relatedSessions } from '@/lib/pages/reading/related-sessions';

const edition = (path: string) => ({
  edition: 'zh-CN' as const,
  translated: false,
  contentLocale: 'zh-CN' as const,
  paths: { 'zh-CN': path, en: `/en${path}` },
});
const person = (slug: string) => ({
  role: 'speaker' as const,
  speaker: {
    slug,
    name: slug.toUpperCase(),
    role: 'r',
    organization: 'o',
    url: `/speakers/${slug}`,
    draft: false,
    ...edition(`/speakers/${slug}`),
  },
});
const session = (
  slug: string,
  topics: string[],
  people: string[],
  order = 1,
  eventSlug = 'e1',
): SessionSummary => ({
  slug,
  eventSlug,
  title: slug,
  kind: 'talk',
  order,
  summary: '',
  topics,
  people: people.map(person),
  url: `/events/${eventSlug}/sessions/${slug}`,
  draft: false,
  topicLinks: topics.map((name) => ({ name, url: `/topics/${name}` })),
  ...edition(`/events/${eventSlug}/sessions/${slug}`),
});

describe('relatedSessions', () => {
  const current = session('current', ['推理优化', 'GPU'], ['zhang-xu']);
  const samePerson = session('same-person', ['创业'], ['zhang-xu'], 5, 'e2');
  const sameTopic = session('same-topic', ['GPU'], ['chen-wei'], 2);
  const similarTopic = session('similar-topic', ['成本优化'], ['owen-zhu'], 3);
  const unrelated = session('unrelated', ['开源'], ['ding-ning'], 4);
  const all = [current, unrelated, similarTopic, sameTopic, samePerson];

  it('ranks shared people above shared topics above topics sharing a word, and leaves out the rest', () => {
    expect(relatedSessions(current, all).map((related) => related.session.slug)).toEqual([
      'same-person',
      'same-topic',
      'similar-topic',
    ]);
  });

  it('says why each one is related', () => {
    const [byPerson, byTopic, byWord] = relatedSessions(current, all);
    expect(byPerson?.sharedPeople.map((person) => person.name)).toEqual(['ZHANG-XU']);
    expect(byTopic?.sharedTopics.map((topic) => topic.name)).toEqual(['GPU']);
    expect(byWord?.similarTopics.map((topic) => topic.name)).toEqual(['成本优化']);
  });

  it('never lists the session itself, and honours the limit', () => {
    expect(relatedSessions(current, all, 1)).toHaveLength(1);
    expect(relatedSessions(current, [current])).toEqual([]);
  });
});

describe('relatedSessions keeps the best few in one pass', () => {
  // The former ranking: every session scored, then one stable sort.
  function sortedRanking(one: SessionSummary, all: SessionSummary[], limit = 3) {
    const weight = (other: SessionSummary) => {
      const [full] = relatedSessions(one, [other], 1);
      return full ? full.sharedPeople.length * 2 + full.sharedTopics.length + full.similarTopics.length * 0.5 : 0;
    };
    return all
      .filter((other) => other.url !== one.url && weight(other) > 0)
      .map((other, index) => ({ other, index, score: weight(other) }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.other.eventSlug === one.eventSlug) - Number(a.other.eventSlug === one.eventSlug) ||
          a.other.order - b.other.order ||
          a.index - b.index,
      )
      .slice(0, limit)
      .map(({ other }) => other.url);
  }

  it('ranks as scoring every session and sorting them would, ties included', () => {
    const topics = ['大模型部署', '部署架构', 'GPU', '推理优化', '开源'];
    const all = Array.from({ length: 60 }, (_, index) =>
      session(
        `s${index}`,
        [...new Set([topics[index % 5] ?? '', topics[(index * 3) % 5] ?? ''])],
        [`p${index % 4}`, `p${(index * 7) % 6}`],
        (index % 6) + 1,
        `e${index % 3}`,
      ),
    );
    for (const one of all)
      for (const limit of [1, 3, 5])
        expect(relatedSessions(one, all, limit).map((related) => related.session.url), one.slug).toEqual(
          sortedRanking(one, all, limit),
        );
  });
});
