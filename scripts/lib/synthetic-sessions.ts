import { EMPTY_SEARCH_FIELDS } from '../../lib/search/documents';
import type { SearchDocument } from '../../lib/search/types';
import { routes } from '../../lib/routes';

/** A small deterministic PRNG (mulberry32), so every benchmark run indexes the same synthetic text. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` sessions (plus a speaker per two sessions) made of the summit's own sentences, recombined, with
 * invented two-character words and names mixed in so the vocabulary grows the way a real archive's does.
 * Sizes follow the summit: a ~2,000-character recap, five takeaways, two quotes, three to five topics.
 */
export function syntheticDocuments(
  real: SearchDocument[],
  count: number,
  seed = 2023,
): SearchDocument[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences = real
    .filter((doc) => doc.kind === 'session')
    .flatMap((doc) => `${doc.summary}\n${doc.takeaways}\n${doc.body}`.split(/(?<=[。！？])|\n/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 12);
  const characters = [
    ...new Set([...sentences.join('')].filter((char) => /\p{Script=Han}/u.test(char))),
  ];
  const word = () => `${pick(characters)}${pick(characters)}`;
  const sentence = () => {
    const base = pick(sentences);
    const cut = Math.floor(next() * base.length);
    return `${base.slice(0, cut)}${word()}${base.slice(cut)}`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join('');
  const topics = [...new Set(real.filter((doc) => doc.kind === 'topic').map((doc) => doc.title))];
  const syntheticTopics = Array.from({ length: 120 }, () => `${word()}${word()}`);
  const names = Array.from({ length: count / 2 }, () => `${pick(characters)}${word()}`);
  const organizations = Array.from(
    { length: 200 },
    () => `${word()}${pick(['科技', '智能', '实验室', '研究院'])}`,
  );

  const sessions: SearchDocument[] = Array.from({ length: count }, (_, index) => {
    const people = [pick(names), ...(next() < 0.2 ? [pick(names), pick(names)] : [])];
    return {
      id: routes.session(`synthetic-${index % 40}`, `session-${index}`),
      kind: 'session',
      url: routes.session(`synthetic-${index % 40}`, `session-${index}`),
      title: sentence().slice(0, 28),
      people: people.map((name) => `${name} · ${pick(organizations)}`).join('\n'),
      context: `主旨演讲 · 合成活动 ${index % 40}`,
      topics: [
        pick(topics),
        pick(syntheticTopics),
        ...(next() < 0.5 ? [pick(topics), pick(syntheticTopics)] : []),
      ].join('\n'),
      headline: sentence().slice(0, 40),
      summary: paragraph(2),
      takeaways: Array.from({ length: 5 }, sentence).join('\n'),
      quotes: Array.from({ length: 2 }, () => `${pick(people)}：${paragraph(2)}`).join('\n'),
      body: paragraph(24).slice(0, 2000),
    };
  });
  const speakers: SearchDocument[] = names.map((name, index) => ({
    ...EMPTY_SEARCH_FIELDS,
    id: routes.speaker(`speaker-${index}`),
    kind: 'speaker',
    url: routes.speaker(`speaker-${index}`),
    title: name,
    people: `${pick(organizations)} · 工程师`,
    context: '嘉宾 · 参与 2 场',
    body: paragraph(3),
  }));
  const topicDocuments: SearchDocument[] = [...topics, ...syntheticTopics].map((name) => ({
    ...EMPTY_SEARCH_FIELDS,
    id: routes.topic(name),
    kind: 'topic',
    url: routes.topic(name),
    title: name,
    context: '8 场',
  }));
  return [...sessions, ...speakers, ...topicDocuments];
}
