import type { SessionKind, SessionRole } from '../content/types';

/** Every string the interface shows, so an English edition only adds a sibling file. */
export const zhCN = {
  siteName: 'NPCon 大会回顾',
  siteTagline: '新程序员大会的演讲、嘉宾与圆桌，一页读懂',
  skipToContent: '跳到正文',
  nav: { label: '主导航', home: '首页', agenda: '议程', speakers: '嘉宾', topics: '话题', search: '搜索' },
  footer: {
    about: '本站整理新程序员大会(NPCon)各场演讲与圆桌的回顾，内容依据公开报道撰写。',
    organizers: '主办',
  },
  kinds: {
    keynote: '主旨演讲',
    talk: '专题演讲',
    lightning: '闪电演讲',
    roundtable: '圆桌对话',
  } satisfies Record<SessionKind, string>,
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
  },
  home: {
    latest: '最新一期',
    empty: '还没有已发布的活动。',
  },
  notFound: {
    title: '页面不存在',
    body: '你要找的页面不存在，可能已被移动或地址有误。',
    backHome: '回到首页',
    browseSpeakers: '浏览全部嘉宾',
  },
  draft: '草稿',
  devContentStatus: {
    label: '内容检查',
    problemsTitle: (count: number) => `内容检查发现 ${count} 个问题`,
    problemsHelp: '改好文件并保存后，这里会自动消失。修好之前，页面可能缺少内容或仍是上一次正确的版本。',
    todosTitle: (count: number) => `草稿里还有 ${count} 处【待填写】`,
    todosHelp: '草稿不会发布；写完、删掉 draft: true 之后才会出现在正式网站上。',
    guide: '编辑指南：docs/editing.md',
  },
  listSeparator: '、',
} as const;

export type Dictionary = typeof zhCN;
