import { defineModel, type ObjectField, type Words } from './define';

/** A person's words (quote) or stance (position): `speaker` stays as written in a translation, `text` is translated. */
const attributed = (name: string, label: Words, help: Words) =>
  ({
    kind: 'object',
    name,
    label,
    help,
    fields: {
      speaker: {
        kind: 'slug',
        required: true,
        label: { zh: '嘉宾', en: 'Speaker' },
        help: { zh: '本场嘉宾、主持人或圆桌嘉宾之一的文件名', en: "the slug of one of this session's speakers, moderator or panelists" },
        example: 'chen-wei',
      },
      text: {
        kind: 'text',
        required: true,
        translatable: true,
        label: { zh: '内容', en: 'Text' },
        help: { zh: '原话或观点', en: 'the words or the stance' },
        example: '"原话"',
      },
    },
  }) as const satisfies ObjectField;

const people = (label: Words, help: Words, example: string) =>
  ({ kind: 'slug', label, help, example }) as const;

/** content/events/<event>/sessions/<session>.md: one talk or roundtable; its folder names its event. */
export const sessionModel = defineModel({
  type: 'session',
  name: 'Session',
  label: { zh: '场次', en: 'Session' },
  location: 'events/<event>/sessions/<session>.md',
  filePathPattern: 'events/*/sessions/!(*.en).md',
  body: { zh: '回顾正文（Markdown）', en: 'the recap (Markdown)' },
  fields: {
    title: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '标题', en: 'Title' },
      help: { zh: '演讲标题，不加书名号', en: "the talk's title, without 《》" },
      example: '"标题"',
    },
    kind: {
      kind: 'enum',
      required: true,
      values: ['keynote', 'talk', 'lightning', 'roundtable'],
      valueLabels: {
        keynote: { zh: '主旨演讲', en: 'Keynote' },
        talk: { zh: '专题演讲', en: 'Talk' },
        lightning: { zh: '闪电演讲', en: 'Lightning talk' },
        roundtable: { zh: '圆桌对话', en: 'Roundtable' },
      },
      label: { zh: '类型', en: 'Kind' },
      help: { zh: '决定页面的样式', en: 'selects the view' },
      example: 'talk',
    },
    order: {
      kind: 'integer',
      min: 1,
      required: true,
      label: { zh: '顺序', en: 'Order' },
      help: { zh: '在议程中的位置，同一活动内不重复', en: "position in the event's agenda, unique within the event" },
      example: '1',
    },
    speakers: {
      kind: 'list',
      of: people({ zh: '演讲嘉宾', en: 'Speaker' }, { zh: '嘉宾的文件名', en: "a speaker's slug" }, 'chen-wei'),
      requiredWhen: { zh: '除圆桌外必填，至少一位', en: 'yes, ≥ 1 unless kind: roundtable' },
      label: { zh: '演讲嘉宾', en: 'Speakers' },
      help: { zh: '嘉宾文件名的列表', en: 'who gave it, as speaker slugs' },
      example: '[chen-wei]',
    },
    moderator: {
      ...people({ zh: '主持人', en: 'Moderator' }, { zh: '圆桌的主持人（嘉宾文件名）', en: "the roundtable's host (a speaker slug)" }, 'csdn-ai-editors'),
      requiredWhen: { zh: '仅圆桌，且必填', en: 'roundtable only, required there' },
    },
    panelists: {
      kind: 'list',
      of: people({ zh: '圆桌嘉宾', en: 'Panelist' }, { zh: '嘉宾的文件名', en: "a speaker's slug" }, 'chen-wei'),
      requiredWhen: { zh: '仅圆桌，至少两位', en: 'roundtable only, ≥ 2' },
      label: { zh: '圆桌嘉宾', en: 'Panelists' },
      help: { zh: '圆桌的嘉宾', en: 'the panel' },
      example: '[a, b]',
    },
    headline: {
      kind: 'text',
      translatable: true,
      label: { zh: '核心观点', en: 'Headline' },
      help: { zh: '一句话的核心观点', en: 'the one-line key message' },
      example: '"一句话的核心观点"',
    },
    summary: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '摘要', en: 'Summary' },
      help: { zh: '一段话；也是搜索引擎显示的描述', en: "one paragraph; also the page's description for search engines" },
      example: '"一段话的摘要"',
    },
    topics: {
      kind: 'list',
      of: { kind: 'topic', label: { zh: '话题', en: 'Topic' }, help: { zh: '一个话题名', en: 'one topic name' } },
      min: 1,
      required: true,
      label: { zh: '话题', en: 'Topics' },
      help: { zh: '话题名，至少一个；英文名在话题词典里统一翻译', en: 'topic names, at least one; translated once, in the topic dictionary' },
      example: '[推理优化, GPU]',
    },
    takeaways: {
      kind: 'list',
      of: { kind: 'text', label: { zh: '要点', en: 'Takeaway' }, help: { zh: '一条要点', en: 'one key point' } },
      translatable: true,
      label: { zh: '要点', en: 'Takeaways' },
      help: { zh: '要点列表', en: 'key points, shown as a list' },
      example: '["第一条要点"]',
    },
    quotes: {
      kind: 'list',
      of: attributed('Quote', { zh: '原话', en: 'Quote' }, { zh: '一句原话', en: 'one verbatim quote' }),
      translatable: true,
      label: { zh: '原话摘录', en: 'Quotes' },
      help: { zh: '一字不改的原话；speaker 必须是本场的人', en: "verbatim quotes; speaker is one of this session's people" },
      example: '[{speaker: chen-wei, text: "原话"}]',
    },
    positions: {
      kind: 'list',
      of: attributed('Position', { zh: '观点', en: 'Position' }, { zh: '一位嘉宾的观点', en: "one panelist's position" }),
      translatable: true,
      label: { zh: '嘉宾观点', en: 'Positions' },
      help: { zh: '圆桌：每位嘉宾的观点，显示在嘉宾卡片上', en: "roundtable: a panelist's position, shown on their card" },
      example: '[{speaker: chen-wei, text: "观点"}]',
    },
    slides: {
      kind: 'url',
      label: { zh: '幻灯片', en: 'Slides' },
      help: { zh: 'https:// 开头的幻灯片地址', en: 'an https:// link to the slides' },
      example: 'https://example.com/slides.pdf',
    },
    video: {
      kind: 'url',
      label: { zh: '视频', en: 'Video' },
      help: { zh: 'https:// 开头的视频地址', en: 'an https:// link to the recording' },
      example: 'https://example.com/video',
    },
    start: {
      kind: 'time',
      label: { zh: '开始时间', en: 'Start' },
      help: { zh: '活动时区的当地时间，HH:MM（24 小时制）', en: "local time in the event's zone, HH:MM (24-hour)" },
      example: '"09:30"',
    },
    end: {
      kind: 'time',
      label: { zh: '结束时间', en: 'End' },
      help: { zh: 'HH:MM，晚于开始时间；写了结束时间就要写开始时间', en: 'HH:MM, after start; needs a start' },
      example: '"10:00"',
    },
    draft: {
      kind: 'boolean',
      default: false,
      label: { zh: '草稿', en: 'Draft' },
      help: { zh: 'true：只在本地预览中显示，不会发布', en: 'true: shown by the preview, absent from a production build' },
      example: 'true',
    },
  },
});
