import { existsSync } from 'node:fs';
import { isCalendarDate } from '../content/model/values';
import { isSlug } from '../content/slug';
import { suggestDate } from '../content/suggest';
import { splitList, type FieldSpec } from './field-spec';
import { slugFromPlace } from './pinyin-slug';
import { slugProblem } from './references';
import { latestEvent, type Roster } from './roster';

const latest = (roster: Roster) => roster.events.get(latestEvent(roster) ?? '');

export const eventFields = (root: string): FieldSpec[] => [
  { key: 'title', label: '活动全称', example: '新程序员大会(NPCon):AI模型技术与应用峰会' },
  { key: 'city', label: '城市', example: '上海' },
  {
    key: 'date',
    label: '日期（YYYY-MM-DD）',
    example: '2024-03-16',
    normalize: (value) => (isCalendarDate(value) ? value : (suggestDate(value) ?? value)),
    check: (value) => (isCalendarDate(value) ? undefined : '不是真实的日期；写成 YYYY-MM-DD，例如 2024-03-16'),
  },
  {
    key: 'series',
    label: '系列（小写字母）',
    example: 'npcon',
    initial: (_, roster) => latest(roster)?.series || 'npcon',
    check: (value) => (isSlug(value) ? undefined : '只能用小写字母、数字和连字符，例如 npcon'),
  },
  {
    key: 'slug',
    label: '文件夹名（网址的一部分）',
    example: 'npcon-2024-shanghai',
    initial: ({ series, date, city }) =>
      series && date && city ? `${series}-${date.slice(0, 4)}-${slugFromPlace(city)}` : undefined,
    check: (slug, _, roster) =>
      slugProblem(slug) ??
      (roster.events.has(slug) || existsSync(`${root}/content/events/${slug}/index.md`)
        ? `content/events/${slug}/index.md 已经存在，不会覆盖；换一个，例如 --slug ${slug}-2`
        : undefined),
  },
  {
    key: 'organizers',
    label: '主办方（多个用逗号分隔）',
    example: 'CSDN,《新程序员》',
    initial: (_, roster) => latest(roster)?.organizers.join(','),
    check: (value) => (splitList(value).length > 0 ? undefined : '至少写一个主办方'),
  },
];
