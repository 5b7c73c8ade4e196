import { draftField, summaryField } from './common';
import { defineModel } from './define';

/** content/events/<event>/index.md: one conference day. */
export const eventModel = defineModel({
  type: 'event',
  name: 'Event',
  label: { zh: '活动', en: 'Event' },
  location: 'events/<event>/index.md',
  filePathPattern: 'events/*/index.md',
  body: { zh: '活动介绍（Markdown）', en: "the event's introduction (Markdown)" },
  fields: {
    title: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '活动全称', en: 'Full name' },
      help: { zh: '大会的完整名称', en: "the conference's full name" },
      example: '"新程序员大会(NPCon):AI模型技术与应用峰会"',
    },
    series: {
      kind: 'slug',
      required: true,
      label: { zh: '系列', en: 'Series' },
      help: { zh: '系列的网址名，小写字母', en: "the series' slug, lowercase" },
      example: 'npcon',
    },
    city: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '城市', en: 'City' },
      help: { zh: '举办城市', en: 'where it took place' },
      example: '北京',
    },
    venue: {
      kind: 'text',
      translatable: true,
      label: { zh: '会场', en: 'Venue' },
      help: { zh: '会场名称', en: 'the venue' },
      example: '"北京格兰云天大酒店"',
    },
    date: {
      kind: 'date',
      required: true,
      label: { zh: '日期', en: 'Date' },
      help: { zh: '真实存在的日期，写成 YYYY-MM-DD', en: 'a real calendar date, written YYYY-MM-DD' },
      example: '2023-08-12',
    },
    theme: {
      kind: 'text',
      translatable: true,
      label: { zh: '大会主题', en: 'Theme' },
      help: { zh: '大会主题', en: "the conference's theme" },
      example: '"全链路搭建AI研发底座"',
    },
    organizers: {
      kind: 'list',
      of: { kind: 'text', label: { zh: '主办方', en: 'Organizer' }, help: { zh: '一个主办方', en: 'one organizer' } },
      min: 1,
      required: true,
      translatable: true,
      label: { zh: '主办方', en: 'Organizers' },
      help: { zh: '至少一个', en: 'at least one' },
      example: '[CSDN, 《新程序员》]',
    },
    summary: summaryField('"一段话的介绍"'),
    timezone: {
      kind: 'timezone',
      default: 'Asia/Shanghai',
      label: { zh: '时区', en: 'Time zone' },
      help: { zh: '场次时间所在的时区（IANA 名称），默认 Asia/Shanghai', en: "the zone of the sessions' times (IANA name); default Asia/Shanghai" },
      example: 'Asia/Shanghai',
    },
    draft: draftField(),
  },
});
