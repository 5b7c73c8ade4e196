import { isSlug } from '../content/slug';
import { closest } from '../content/suggest';
import { slugFromName, slugFromText } from './pinyin-slug';
import type { Roster } from './roster';

/** Lets an editor name a speaker as they know them: 陈巍 or Chen-Wei both mean chen-wei. */
export function speakerSlugFor(value: string, roster: Roster): string {
  if (roster.speakers.has(value.toLowerCase())) return value.toLowerCase();
  for (const [slug, speaker] of roster.speakers) if (speaker.name === value) return slug;
  return value;
}

const createHint = (name?: string) =>
  `如果是新嘉宾，先运行 npm run new -- speaker --name ${name ?? '<姓名>'} --role <职务> --organization <单位>`;

/** Why a speaker cannot be used, with the fix; undefined when the speaker exists. */
export function speakerProblem(value: string, roster: Roster): string | undefined {
  if (roster.speakers.has(value)) return undefined;
  if (!isSlug(value)) {
    // A name that is no speaker's: maybe a namesake in pinyin (章旭 for 张旭), never taken silently.
    const bySound = slugFromName(value);
    const namesake = roster.speakers.get(bySound);
    const suggestion = namesake ? `${bySound} 是 ${namesake.name}，如果是同一个人就写 ${bySound}。` : '';
    return `没有叫 ${value} 的嘉宾。${suggestion}${createHint(value)}`;
  }
  const near = closest(value, roster.speakers.keys());
  const suggestion = near ? `你是不是要写 ${near}（${roster.speakers.get(near)?.name}）？` : '';
  return `没有这位嘉宾：content/speakers/${value}.md 不存在。${suggestion}${createHint()}`;
}

export function eventProblem(slug: string, roster: Roster): string | undefined {
  if (roster.events.has(slug)) return undefined;
  const near = closest(slug, roster.events.keys());
  const known = [...roster.events.keys()].join('、') || '（还没有活动）';
  return `没有这个活动：content/events/${slug}/index.md 不存在。${near ? `你是不是要写 ${near}？` : `已有的活动：${known}。`}新活动先运行 npm run new -- event`;
}

export function slugProblem(slug: string): string | undefined {
  if (isSlug(slug)) return undefined;
  const fixed = slugFromText(slug);
  return `不能用作文件名：只能用小写字母 a-z、数字和单个连字符 -${fixed && fixed !== slug ? `，例如 ${fixed}` : ''}`;
}
