import { contentModels, SESSION_KINDS, type Lang } from '../content/model';
import { slugFromText } from '../content/pinyin-slug';
import type { Finding } from '../content/problem';
import {
  eventFinding,
  latestEvent,
  minimumPeople,
  nextFreeOrder,
  orderFinding,
  ordersOf,
  peopleFindings,
  slugFinding,
  speakerSlugFor,
  type Roster,
} from '../content/rules';
import { messagesFor } from '../i18n/messages';
import { splitList, type Answers, type FieldSpec } from './field-spec';
import { question } from './questions';

const model = contentModels.session;
const { valueLabels } = model.fields.kind;
const isRoundtable = (answers: Answers) => answers.kind === 'roundtable';

/** keynote, 主旨演讲, 主旨 and Keynote all mean keynote. */
function kindFor(value: string): string {
  const lower = value.toLowerCase();
  for (const kind of SESSION_KINDS) {
    const label = valueLabels[kind];
    if (lower === kind || value === label.zh || label.zh.startsWith(value) || lower === label.en.toLowerCase()) return kind;
  }
  return lower;
}

const speakerList = (value: string, roster: Roster) =>
  splitList(value)
    .map((item) => speakerSlugFor(item, roster) ?? item)
    .join(',');

/** The content check's own rules, asked about one answer: how many, listed once, people who exist and may be named. */
function peopleFinding(value: string, roster: Roster, role: 'speakers' | 'panelists', minimum: number, draft: boolean): Finding | undefined {
  const slugs = splitList(value);
  if (slugs.length < minimum) return { code: 'too-few-people', params: { count: slugs.length, min: minimum, role } };
  return peopleFindings(role, slugs, roster, draft)[0]?.finding;
}

export function sessionFields(draft: boolean, lang: Lang): FieldSpec[] {
  const words = messagesFor(lang).scaffold;
  const people = (key: 'speakers' | 'moderator' | 'panelists') => {
    const field = model.fields[key];
    return `${field.label[lang]}${lang === 'zh' ? `（${words.peopleAnswer}）` : ` (${words.peopleAnswer})`}`;
  };
  const speakerHint = (roster: Roster) => {
    const names = [...roster.speakers.entries()].map(([slug, speaker]) => `${slug}（${speaker.name}）`);
    return names.length > 0 ? words.knownSpeakers(names) : undefined;
  };
  return [
    {
      key: 'event',
      label: words.eventQuestion,
      example: 'npcon-2023-beijing',
      initial: (_, roster) => latestEvent(roster),
      check: (slug, _, roster) => eventFinding(slug, roster),
    },
    question(model, 'title', lang, { example: '大模型推理优化实践' }),
    question(model, 'kind', lang, {
      label: `${model.fields.kind.label[lang]}: ${words.kindChoice(SESSION_KINDS.map((kind) => `${kind}（${valueLabels[kind][lang]}）`))}`,
      initial: () => 'talk',
      normalize: kindFor,
      check: (kind, answers) =>
        (SESSION_KINDS as readonly string[]).includes(kind) ? undefined : { code: 'not-one-of', params: { values: SESSION_KINDS, actual: 'string', value: answers.kind ?? kind } },
    }),
    {
      key: 'speakers',
      label: people('speakers'),
      example: 'wang-wu',
      when: (answers) => !isRoundtable(answers),
      hint: (_, roster) => speakerHint(roster),
      normalize: speakerList,
      check: (value, answers, roster) => peopleFinding(value, roster, 'speakers', minimumPeople(answers.kind).speakers, draft),
    },
    {
      key: 'moderator',
      label: people('moderator'),
      example: 'csdn-ai-editors',
      when: isRoundtable,
      hint: (_, roster) => speakerHint(roster),
      normalize: speakerList,
      check: (value, _, roster) =>
        splitList(value).length === 1 ? peopleFinding(value, roster, 'speakers', 1, draft) : { code: 'one-moderator' },
    },
    {
      key: 'panelists',
      label: people('panelists'),
      example: 'dong-zhenhua,ding-ning',
      when: isRoundtable,
      normalize: speakerList,
      check: (value, answers, roster) => peopleFinding(value, roster, 'panelists', minimumPeople(answers.kind).panelists, draft),
    },
    {
      key: 'slug',
      label: words.slugQuestion('file'),
      example: 'llm-inference-practice',
      initial: (answers) => (answers.title ? slugFromText(answers.title) : undefined),
      check: (slug, answers, roster) =>
        slugFinding(slug, 'file') ??
        (roster.sessions.get(answers.event ?? '')?.has(slug)
          ? { code: 'file-exists', params: { path: `content/events/${answers.event}/sessions/${slug}.md` }, hint: { code: 'other-slug', params: { slug } } }
          : undefined),
    },
    question(model, 'order', lang, {
      example: '7',
      initial: (answers, roster) => String(nextFreeOrder(ordersOf(roster, answers.event ?? ''))),
      check: (value, answers, roster) => {
        const order = Number(value);
        if (!Number.isInteger(order)) return { code: 'not-integer' };
        if (order < 1) return { code: 'below-minimum', params: { min: 1 } };
        return orderFinding(answers.event ?? '', order, roster);
      },
    }),
  ];
}
