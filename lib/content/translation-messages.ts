import type { Lang } from './model';
import type { Problem } from './problem';
import type { ReservedSlugCode, ReservedSlugProblem } from './reserved-slugs';
import type { TopicProblem, TopicProblemCode } from './topics';
import type { TranslationProblem, TranslationProblemCode } from './translation-rules';

type Params = Record<string, string>;
type Catalogue = Record<TranslationProblemCode | TopicProblemCode | ReservedSlugCode, Record<Lang, (p: Params) => string>>;

// Editors' words for the translation and topic-dictionary rules, in the tools' two languages.
const messages: Catalogue = {
  'translation.orphan': {
    zh: (p) => `没有原文 ${p.original}：译文必须放在原文旁边，与原文同名（先写原文，或删掉这个译文）`,
    en: (p) => `no original ${p.original}: a translation sits beside its original with the same name (write the original first, or remove this translation)`,
  },
  'translation.listLength': {
    zh: (p) => `有 ${p.count} 条，原文 ${p.original} 有 ${p.originalCount} 条：译文要逐条对应原文`,
    en: (p) => `has ${p.count} entries but the original ${p.original} has ${p.originalCount}: translate entry by entry`,
  },
  'translation.speakerDiffers': {
    zh: (p) => `是 "${p.speaker}"，但原文 ${p.original} 这一条是 "${p.expected}"：译文每一条的 speaker 要与原文同一条一致`,
    en: (p) => `is "${p.speaker}" but this entry of the original ${p.original} is "${p.expected}": each entry keeps its original's speaker`,
  },
  'topics.unreadable': {
    zh: (p) => `无法读取：${p.reason}`,
    en: (p) => `cannot be read: ${p.reason}`,
  },
  'topics.notList': {
    zh: () => '必须是一个列表，每条写 zh、en、slug 三项',
    en: () => 'must be a list, each entry with zh, en and slug',
  },
  'topics.entryShape': {
    zh: (p) => `每条要写 zh、en、slug 三项${p.missing ? `（缺少 ${p.missing}）` : ''}${p.extra ? `（多了 ${p.extra}）` : ''}`,
    en: (p) => `each entry needs zh, en and slug${p.missing ? ` (missing ${p.missing})` : ''}${p.extra ? ` (unknown ${p.extra})` : ''}`,
  },
  'topics.duplicate': {
    zh: (p) => `"${p.value}" 与第 ${Number(p.first) + 1} 条重复：每条的 zh、en、slug 都不能重复`,
    en: (p) => `"${p.value}" repeats entry ${Number(p.first) + 1}: zh, en and slug are each unique`,
  },
  'topics.badSlug': {
    zh: (p) => `"${p.slug}" 不是合格的网址名：只用小写字母 a-z、数字和单个连字符 -`,
    en: (p) => `"${p.slug}" is not a valid slug: use lowercase letters a-z, digits and single hyphens`,
  },
  'topics.unknownTopic': {
    zh: (p) => `没有场次使用话题 "${p.topic}"：与场次 topics 里的写法保持完全一致，或删掉这一条`,
    en: (p) => `no session uses the topic "${p.topic}": spell it exactly as in the sessions' topics, or remove the entry`,
  },
  'slug.reservedEvent': {
    zh: (p) => `文件夹名 "${p.slug}" 是网站保留的地址（/events/${p.slug}/… 是活动列表的筛选页），活动不能用它：换一个名字，例如 npcon-2024-${p.slug === 'city' ? 'shanghai' : 'beijing'}`,
    en: (p) => `the folder name "${p.slug}" is reserved (/events/${p.slug}/… are the event list's filter pages), so no event can use it: choose another name, e.g. npcon-2024-${p.slug === 'city' ? 'shanghai' : 'beijing'}`,
  },
  'slug.reservedSpeaker': {
    zh: (p) => `文件名 "${p.slug}" 是网站保留的地址（/speakers/${p.slug}/… 是按首字母分页的嘉宾列表），嘉宾不能用它：用嘉宾姓名的拼音，例如 chen-wei`,
    en: (p) => `the file name "${p.slug}" is reserved (/speakers/${p.slug}/… are the speaker list's pages by initial), so no speaker can use it: use the speaker's name in pinyin, e.g. chen-wei`,
  },
  'topics.slugTaken': {
    zh: (p) => `"${p.slug}" 已是一个未翻译话题的网址：换一个 slug`,
    en: (p) => `"${p.slug}" is already the address of an untranslated topic: choose another slug`,
  },
};

/** A coded problem as the check prints it, in the editor's language. */
export const wordProblem = ({ path, field, code, params }: TranslationProblem | TopicProblem | ReservedSlugProblem, lang: Lang): Problem => ({
  path,
  field,
  message: messages[code][lang](params),
});
