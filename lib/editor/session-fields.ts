import { SESSION_KINDS } from '../content/model';
import { zhCN } from '../i18n/zh-CN';
import { splitList, type Answers, type FieldSpec } from './field-spec';
import { nextFreeOrder } from './order';
import { slugFromText } from './pinyin-slug';
import { eventProblem, slugProblem, speakerProblem, speakerSlugFor } from './references';
import { latestEvent, type Roster } from './roster';

const isRoundtable = (answers: Answers) => answers.kind === 'roundtable';

/** keynote, 主旨演讲 and 主旨 all mean keynote. */
function kindFor(value: string): string {
  const lower = value.toLowerCase();
  for (const kind of SESSION_KINDS) {
    const label = zhCN.kinds[kind];
    if (lower === kind || value === label || label.startsWith(value)) return kind;
  }
  return lower;
}

const speakerList = (value: string, roster: Roster) =>
  splitList(value)
    .map((item) => speakerSlugFor(item, roster))
    .join(',');

function peopleProblem(value: string, roster: Roster, minimum: number, draft: boolean): string | undefined {
  const slugs = splitList(value);
  if (slugs.length < minimum) return `至少要 ${minimum} 位，用逗号分隔，现在是 ${slugs.length} 位`;
  const twice = slugs.find((slug, index) => slugs.indexOf(slug) !== index);
  if (twice) return `${twice} 写了两次`;
  for (const slug of slugs) {
    const problem = speakerProblem(slug, roster);
    if (problem) return problem;
    if (!draft && roster.speakers.get(slug)?.draft) return `嘉宾 ${slug} 还是草稿；先发布这位嘉宾，或者去掉 --no-draft 让场次也先作为草稿`;
  }
  return undefined;
}

const speakerHint = (roster: Roster) => {
  const names = [...roster.speakers.entries()].map(([slug, speaker]) => `${slug}（${speaker.name}）`);
  return names.length > 0 ? `  已有嘉宾：${names.join('、')}` : undefined;
};

export const sessionFields = (draft: boolean): FieldSpec[] => [
  {
    key: 'event',
    label: '所属活动',
    example: 'npcon-2023-beijing',
    initial: (_, roster) => latestEvent(roster),
    check: (slug, _, roster) => eventProblem(slug, roster),
  },
  { key: 'title', label: '标题（不加书名号）', example: '大模型推理优化实践' },
  {
    key: 'kind',
    label: `类型：${SESSION_KINDS.map((kind) => `${kind}（${zhCN.kinds[kind]}）`).join('、')}`,
    example: 'talk',
    initial: () => 'talk',
    normalize: kindFor,
    check: (kind) => ((SESSION_KINDS as readonly string[]).includes(kind) ? undefined : `类型只能是 ${SESSION_KINDS.join('、')} 之一`),
  },
  {
    key: 'speakers',
    label: '演讲嘉宾（文件名或姓名，多位用逗号分隔）',
    example: 'wang-wu',
    when: (answers) => !isRoundtable(answers),
    hint: (_, roster) => speakerHint(roster),
    normalize: speakerList,
    check: (value, _, roster) => peopleProblem(value, roster, 1, draft),
  },
  {
    key: 'moderator',
    label: '主持人（文件名或姓名）',
    example: 'csdn-ai-editors',
    when: isRoundtable,
    hint: (_, roster) => speakerHint(roster),
    normalize: speakerList,
    check: (value, _, roster) =>
      splitList(value).length === 1 ? peopleProblem(value, roster, 1, draft) : '圆桌只有一位主持人',
  },
  {
    key: 'panelists',
    label: '圆桌嘉宾（至少两位，用逗号分隔）',
    example: 'dong-zhenhua,ding-ning',
    when: isRoundtable,
    normalize: speakerList,
    check: (value, _, roster) => peopleProblem(value, roster, 2, draft),
  },
  {
    key: 'slug',
    label: '文件名（网址的一部分）',
    example: 'llm-inference-practice',
    initial: (answers) => (answers.title ? slugFromText(answers.title) : undefined),
    check: (slug, answers, roster) =>
      slugProblem(slug) ??
      (roster.sessions.get(answers.event ?? '')?.has(slug)
        ? `content/events/${answers.event}/sessions/${slug}.md 已经存在，不会覆盖；换一个文件名，例如 --slug ${slug}-2`
        : undefined),
  },
  {
    key: 'order',
    label: '议程中的顺序',
    example: '7',
    initial: (answers, roster) => String(nextFreeOrder(roster.orders.get(answers.event ?? '')?.keys() ?? [])),
    check: (value, answers, roster) => {
      const order = Number(value);
      if (!Number.isInteger(order) || order < 1) return '顺序是从 1 开始的整数';
      const taken = roster.orders.get(answers.event ?? '');
      const holder = taken?.get(order);
      return holder
        ? `第 ${order} 场已经是 ${holder}；下一个空位是 ${nextFreeOrder(taken?.keys() ?? [])}（要插到中间，先把后面场次的 order 依次加一）`
        : undefined;
    },
  },
];
