import stringWidth from 'string-width';
import { placeholder } from '../content/placeholder';

// The files `npm run new` writes. Values are written as JSON strings, which YAML reads as
// double-quoted text, so a title with a colon or 《》 needs no care from the editor.
// Optional fields are shown as comments, so the editor sees what exists without having to look it up.

const quoted = (value: string): string => JSON.stringify(value);
const list = (field: string, values: readonly string[]): string[] => [
  `${field}:`,
  ...values.map((value) => `  - ${quoted(value)}`),
];
/** An optional field shown as a comment, its note aligned so the block reads as a table. */
const optional = (line: string, note: string): string => {
  const code = `# ${line}`;
  return `${code}${' '.repeat(Math.max(1, 44 - stringWidth(code)))} # ${note}`;
};
const draftLine = (draft: boolean): string[] => (draft ? ['draft: true'] : []);
const document = (frontMatter: string[], body: string[]): string =>
  ['---', ...frontMatter, '---', '', ...body].join('\n') + '\n';

export interface SpeakerInput {
  slug: string;
  name: string;
  role: string;
  organization: string;
  draft: boolean;
}

export function renderSpeaker(input: SpeakerInput): string {
  return document(
    [
      `name: ${quoted(input.name)}`,
      `role: ${quoted(input.role)}`,
      `organization: ${quoted(input.organization)}`,
      optional(`avatar: "/avatars/${input.slug}.jpg"`, '可选：头像，图片放在 public/avatars/ 下'),
      optional('links:', '可选：其他网站上的主页'),
      '#   - label: "个人主页"',
      '#     url: "https://example.com"',
      ...draftLine(input.draft),
    ],
    [placeholder('嘉宾简介：现任职务、主要经历和关注的方向，两三句话即可。')],
  );
}

import type { SessionKind as SessionKindInput } from '../content/model';
export type { SessionKindInput };

export interface SessionInput {
  slug: string;
  event: string;
  title: string;
  kind: SessionKindInput;
  order: number;
  speakers: string[];
  moderator?: string;
  panelists: string[];
  draft: boolean;
}

function peopleLines(input: SessionInput): string[] {
  if (input.kind !== 'roundtable') return list('speakers', input.speakers);
  const first = input.panelists[0] ?? 'slug';
  return [
    `moderator: ${quoted(input.moderator ?? '')}`,
    ...list('panelists', input.panelists),
    optional('positions:', '可选：每位圆桌嘉宾的观点，显示在嘉宾卡片上'),
    `#   - speaker: ${quoted(first)}`,
    '#     text: "这位嘉宾的主要观点"',
  ];
}

export function renderSession(input: SessionInput): string {
  const quoteSpeaker = input.kind === 'roundtable' ? (input.panelists[0] ?? 'slug') : (input.speakers[0] ?? 'slug');
  const body =
    input.kind === 'roundtable'
      ? [`## ${placeholder('第一个讨论话题')}`, '', placeholder('嘉宾们在这个话题上怎么说。'), '', `## ${placeholder('第二个讨论话题')}`, '', placeholder('……')]
      : [`## ${placeholder('第一部分的小标题')}`, '', placeholder('这一部分讲了什么。'), '', `## ${placeholder('第二部分的小标题')}`, '', placeholder('……')];
  return document(
    [
      `title: ${quoted(input.title)}`,
      `kind: ${quoted(input.kind)}`,
      `order: ${input.order}`,
      ...peopleLines(input),
      optional('headline: "一句话的核心观点"', '可选'),
      `summary: ${quoted(placeholder('一段话的摘要：谁讲了什么、结论是什么。它也是搜索结果里显示的描述。'))}`,
      ...list('topics', [placeholder('话题，例如 推理优化')]),
      ...list('takeaways', [placeholder('第一条要点'), placeholder('第二条要点')]),
      optional('quotes:', '可选：原话摘录，一字不改'),
      `#   - speaker: ${quoted(quoteSpeaker)}`,
      '#     text: "原话"',
      optional('slides: "https://example.com/slides.pdf"', '可选：幻灯片地址'),
      optional('video: "https://example.com/video"', '可选：视频地址'),
      ...draftLine(input.draft),
    ],
    body,
  );
}

export interface EventInput {
  slug: string;
  title: string;
  series: string;
  city: string;
  date: string;
  organizers: string[];
  draft: boolean;
}

export function renderEvent(input: EventInput): string {
  return document(
    [
      `title: ${quoted(input.title)}`,
      `series: ${quoted(input.series)}`,
      `city: ${quoted(input.city)}`,
      optional('venue: "会场名称"', '可选'),
      `date: ${input.date}`,
      optional('theme: "大会主题"', '可选'),
      ...list('organizers', input.organizers),
      `summary: ${quoted(placeholder('一段话的介绍：时间、地点、主题和讲了什么。它也是搜索结果里显示的描述。'))}`,
      ...draftLine(input.draft),
    ],
    [`## ${placeholder('峰会背景')}`, '', placeholder('这次大会为什么办、关注什么。'), '', '## 议程概览', '', placeholder('每场演讲一行。')],
  );
}
