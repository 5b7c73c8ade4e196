import { contentModels, SESSION_KINDS, type SessionKind } from '../content/model';
import type { SessionRole } from '../content/types';

/** The kinds' names as the site shows them come from the session's declaration (主旨演讲 for keynote). */
const kindLabels = contentModels.session.fields.kind.valueLabels;
/** A space between Chinese and a Latin name (在 YouTube 观看), none around a Chinese one (在哔哩哔哩观看). */
const latinSpaced = (name: string) => (/^[A-Za-z]/.test(name) ? ` ${name} ` : name);

/** Every string the interface shows, so an English edition only adds a sibling file. */
export const zhCN = {
  siteName: 'NPCon 大会回顾',
  siteTagline: '新程序员大会的演讲、嘉宾与圆桌，一页读懂',
  skipToContent: '跳到正文',
  nav: { label: '主导航', home: '首页', agenda: '议程', events: '活动', speakers: '嘉宾', topics: '话题', search: '搜索', searchPlaceholder: '搜索演讲、嘉宾、话题' },
  footer: {
    about: '本站整理新程序员大会(NPCon)各场演讲与圆桌的回顾，内容依据公开报道撰写。',
    organizers: '主办',
    openData: '开放数据（JSON）',
  },
  kinds: Object.fromEntries(SESSION_KINDS.map((kind) => [kind, kindLabels[kind].zh])) as Record<SessionKind, string>,
  roles: {
    speaker: '演讲嘉宾',
    moderator: '主持',
    panelist: '圆桌嘉宾',
  } satisfies Record<SessionRole, string>,
  event: {
    date: '日期',
    venue: '地点',
    theme: '主题',
    organizers: '主办',
    agenda: '议程',
    speakers: '嘉宾',
    introduction: '峰会介绍',
    sessionCount: (count: number) => `${count} 场`,
    readEvent: '查看峰会全部内容',
    addToCalendar: '添加到日历',
    calendarHint: '（.ics 文件，含各场时间）',
  },
  session: {
    headline: '核心观点',
    summary: '摘要',
    takeaways: '要点',
    quotes: '原话摘录',
    recap: '回顾',
    topics: '话题',
    people: '嘉宾',
    material: '资料',
    slides: '演讲幻灯片',
    video: '演讲视频',
    previous: '上一场',
    next: '下一场',
    partOf: '所属活动',
    agendaPosition: (order: number) => `第 ${order} 场`,
    /** 09:30–10:15（中国标准时间） */
    time: (start: string, end: string | undefined, zoneName: string) => `${end ? `${start}–${end}` : start}（${zoneName}）`,
  },
  media: {
    providers: { bilibili: '哔哩哔哩', youtube: 'YouTube', vimeo: 'Vimeo' },
    play: (title: string) => `播放视频：${title}`,
    loadsFrom: (provider: string) => `点击后从${latinSpaced(provider)}加载播放器`,
    playerTitle: (provider: string, title: string) => `${provider} 播放器：${title}`,
    watchOn: (provider: string) => `在${latinSpaced(provider)}观看`,
    onHost: (host: string) => `（${host}）`,
  },
  roundtable: {
    panel: '圆桌阵容',
    moderator: '主持',
    panelists: '圆桌嘉宾',
    position: '观点',
    discussion: '讨论实录',
  },
  speaker: {
    indexTitle: '嘉宾',
    indexIntro: (count: number) => `共 ${count} 位嘉宾，点击姓名查看介绍与参与的场次。`,
    bio: '简介',
    sessions: '参与的场次',
    links: '更多',
    noSessions: '暂无已发布的场次。',
    jumpBar: '按姓名拼音首字母查找',
    letterTitle: (letter: string) => `嘉宾 · ${letter}`,
    letterIntro: (count: number, letter: string) => `姓名拼音以 ${letter} 开头的嘉宾，共 ${count} 位。`,
    byLetterIntro: (count: number) => `共 ${count} 位嘉宾，按姓名拼音首字母分页，选择一个字母查看。`,
    letterCount: (label: string, count: number) => `${label}（${count} 位）`,
  },
  archive: {
    title: '全部活动',
    intro: (count: number) => `共 ${count} 场活动，按年份排列，最新的在前。`,
    seriesTitle: (series: string) => `${series}的全部活动`,
    cityTitle: (city: string) => `在${city}举办的活动`,
    filteredIntro: (count: number) => `共 ${count} 场，最新的在前。`,
    filters: '筛选活动',
    all: '全部活动',
    series: '按系列',
    city: '按城市',
    year: (year: string) => `${year} 年`,
    browse: '浏览全部活动',
    description: (count: number, cities: string) => `本站收录的 ${count} 场活动的回顾，按年份排列，举办城市：${cities}。`,
  },
  pager: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (page: number) => `第 ${page} 页`,
    titled: (title: string, page: number) => `${title}（第 ${page} 页）`,
  },
  home: {
    latest: '最新一期',
    empty: '还没有已发布的活动。',
  },
  seo: {
    /** The home page's <title>, without the site-name suffix other pages get. */
    homeTitle: (siteName: string, tagline: string) => `${siteName} · ${tagline}`,
    homeDescription: (tagline: string, summary: string) => `${tagline}。最新一期：${summary}`,
    speakerDescription: (name: string, organization: string, role: string) => `${name}，${organization}${role}。`,
    topicDescription: (topic: string, titles: string[]) =>
      `“${topic}”话题下的 ${titles.length} 场分享：${titles.map((title) => `《${title}》`).join('、')}。`,
    feedTitle: (siteName: string) => `${siteName}：全部场次`,
    /** Full names of event series, by the `series` slug events give. */
    series: { npcon: '新程序员大会(NPCon)' } as Record<string, string>,
    previewAlt: (parts: (string | undefined)[]) => parts.filter(Boolean).join('。'),
    speakerCount: (count: number) => `${count} 位嘉宾`,
    morePeople: (count: number) => `等 ${count} 位`,
    event: '峰会',
    /** A talk's title inside running text. */
    workTitle: (title: string) => `《${title}》`,
  },
  notFound: {
    title: '页面不存在',
    body: '你要找的页面不存在，可能已被移动或地址有误。',
    backHome: '回到首页',
    browseSpeakers: '浏览全部嘉宾',
  },
  search: {
    title: '搜索',
    intro: '搜索演讲、嘉宾和话题：中文词语或英文名称都可以，多个词之间用空格分开，结果同时包含所有词。',
    label: '搜索关键词',
    placeholder: '例如：GPU 推理、开源、郑叔亮',
    submit: '搜索',
    loading: '正在载入索引…',
    failed: '搜索索引载入失败，请刷新页面重试。',
    needsScript: '搜索需要浏览器启用 JavaScript；也可以从下面的话题开始浏览。',
    resultCount: (count: number, query: string) => `“${query}”共有 ${count} 条结果`,
    noResults: (query: string) => `没有找到与“${query}”相关的内容。`,
    tryTopics: '试试这些话题：',
    suggestions: '热门话题',
    kinds: { session: '场次', speaker: '嘉宾', topic: '话题' },
    speakerContext: (count: number) => `嘉宾 · 参与 ${count} 场`,
    more: '显示更多结果',
    results: '搜索结果',
    hint: '按 ↓ 键进入结果列表，回车打开。',
  },
  topics: {
    title: '话题',
    intro: (count: number) => `共 ${count} 个话题，每个话题汇集了各场活动中相关的演讲与圆桌。`,
    sessionsOn: (topic: string) => `关于“${topic}”的场次`,
    topicIntro: (count: number) => `共 ${count} 场，最新的活动在前。`,
    allTopics: '全部话题',
    related: '相关话题',
  },
  reading: {
    toc: '本文目录',
    readingTime: (minutes: number) => `阅读约 ${minutes} 分钟`,
    related: '相关场次',
    sharedTopics: (topics: string) => `同属话题：${topics}`,
    similarTopics: (topics: string) => `相近话题：${topics}`,
    /** Between the reasons a related session is listed for. */
    reasonSeparator: '；',
    samePeople: (names: string) => `同有嘉宾：${names}`,
    copyLink: '复制链接',
    copied: '已复制',
    themeToDark: '切换到深色模式',
    themeToLight: '切换到浅色模式',
  },
  edition: {
    /** The language switch names the other edition in its own language. */
    otherLanguage: 'English',
    switchLabel: '切换到英文版',
    untranslated: '本页还没有翻译，下面是原文。',
    originalWords: '原文',
    feedTitle: '全部场次（Atom 订阅）',
  },
  draft: '草稿',
  listSeparator: '、',
} as const;

/** The dictionary's shape with every string widened, so each language fills in its own words. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { -readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Dictionary = Widen<typeof zhCN>;
