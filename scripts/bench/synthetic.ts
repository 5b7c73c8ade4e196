import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from './site-copy';

const TOPICS = [
  '推理优化',
  'GPU',
  '大模型部署',
  '算力',
  '智能体',
  '提示工程',
  '微服务',
  '开发工具',
  '数据工程',
  '向量数据库',
];
const SESSIONS_PER_EVENT = 50;

function sessionMarkdown(
  index: number,
  order: number,
  speakers: string[],
  topics = [TOPICS[index % TOPICS.length], TOPICS[(index * 7 + 3) % TOPICS.length]],
): string {
  const speaker = speakers[index % speakers.length] ?? speakers[0];
  const paragraph = `第 ${index} 场合成演讲的正文段落，用于测量构建时间。它包含 GPU 推理、模型部署和 [一个链接](https://example.com/${index}) 等常见元素。`;
  return `---
title: "合成演讲 ${index}"
kind: "talk"
order: ${order}
speakers:
  - "${speaker}"
summary: "第 ${index} 场合成演讲的摘要，只为基准测试而生成。"
topics:
${[...new Set(topics)].map((topic) => `  - "${topic}"`).join('\n')}
takeaways:
  - "要点一：${index}"
  - "要点二：${index}"
---

## 背景

${paragraph}

## 实践

${paragraph}

- 列表项一
- 列表项二

${paragraph}
`;
}

export interface SyntheticEvent {
  slug: string;
  title: string;
  series: string;
  city: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * One synthetic event in `dir`'s content/: its index.md and sessions number `first` to `first + count - 1`
 * by the given speakers (slugs), each on the topics given, or on two of the bench's ten.
 */
export function addSyntheticEvent(
  dir: string,
  event: SyntheticEvent,
  sessions: { first: number; count: number; speakers: string[]; topics?: string[] },
): void {
  const eventDir = join(dir, 'content', 'events', event.slug);
  mkdirSync(join(eventDir, 'sessions'), { recursive: true });
  writeFileSync(
    join(eventDir, 'index.md'),
    `---\ntitle: "${event.title}"\nseries: "${event.series}"\ncity: "${event.city}"\ndate: "${event.date}"\norganizers: ["基准测试"]\nsummary: "合成活动，只为基准测试而生成。"\n---\n\n合成活动的介绍。\n`,
  );
  for (let index = sessions.first; index < sessions.first + sessions.count; index += 1) {
    writeFileSync(
      join(eventDir, 'sessions', `session-${index}.md`),
      sessionMarkdown(index, index - sessions.first + 1, sessions.speakers, sessions.topics),
    );
  }
}

/**
 * A copy of the site under `<repo>/.bench-work/<name>` with `count` extra sessions in events of 50,
 * by the summit's speakers. Never touches content/ itself.
 */
export function makeSyntheticCopy(repo: string, name: string, count: number): string {
  const dir = copySite(repo, name);
  // Originals only: a translation (`<speaker>.en.md`) is not a speaker of its own.
  const speakers = readdirSync(join(repo, 'content', 'speakers'))
    .filter((file) => file.endsWith('.md') && !file.endsWith('.en.md'))
    .map((file) => file.replace(/\.md$/, ''));
  for (let first = 0; first < count; first += SESSIONS_PER_EVENT) {
    const eventNumber = first / SESSIONS_PER_EVENT + 1;
    const slug = `bench-${String(eventNumber).padStart(3, '0')}`;
    const day = String((eventNumber % 28) + 1).padStart(2, '0');
    addSyntheticEvent(
      dir,
      { slug, title: `合成大会 ${eventNumber}`, series: 'bench', city: '北京', date: `2022-01-${day}` },
      { first, count: Math.min(SESSIONS_PER_EVENT, count - first), speakers },
    );
  }
  return dir;
}
