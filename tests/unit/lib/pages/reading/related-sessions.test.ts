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
