import type { Param } from '../../content/problem';
import { listOf, type Catalogue } from './types';

/** How to fix a file saved in another encoding (the Windows editors' usual slip). */
const SAVE_AS_UTF8 = '请改存为 UTF-8：记事本里选“另存为”，编码选“UTF-8”；VS Code 里点右下角的编码，选“通过编码保存”，再选“UTF-8”';

const list = (value: Param) => listOf(value, '、');
const TYPES: Record<string, string> = {
  string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表', object: '一组“字段: 值”',
};
const VALUES: Record<string, (value: string) => string> = {
  null: () => '空值', array: () => '列表', string: (value) => `文字“${value}”`, number: (value) => `数字 ${value}`,
  boolean: (value) => value, object: () => '一组字段',
};
const value = (actual: Param, written: Param) => VALUES[String(actual)]?.(String(written ?? '')) ?? String(actual);
const TODOS: Record<string, string> = {
  'body-speaker': '在 front matter 下面写嘉宾简介',
  'body-session': '在 front matter 下面写回顾正文（小标题和段落）',
  'body-event': '在 front matter 下面写活动介绍',
  summary: '写一段话的摘要（它也是搜索引擎显示的描述）',
  topics: '写一个话题名，例如 推理优化',
  takeaways: '写一条要点，或者删掉这一行',
  text: '写上真实内容',
  'optional-text': '写上真实内容，或者删掉这一行',
};
const NAMES: Record<string, string> = { file: '文件名', folder: '文件夹名', 'event-folder': '活动文件夹名' };
const SLUG_RULE = '只能用小写字母 a-z、数字和单个连字符 -';

export const zhCN: Catalogue = {
  lang: 'zh',
  hintSeparator: '；',
  problems: {
    empty: () => '是空的；填上内容，或者删掉这个字段',
    'not-slug': () => `不是合法的文件名：${SLUG_RULE}，例如 chen-wei`,
    'not-date': () => '不是真实的日期；写成 YYYY-MM-DD，例如 2023-08-12',
    'not-time': () => '不是 24 小时制的时间；写成 HH:MM，例如 09:30',
    'not-timezone': () => '不是时区名称，例如 Asia/Shanghai',
    'not-https-url': () => '必须是 https:// 开头的完整地址，例如 https://example.com/talk',
    'topic-chars': () => '不能包含 / \\ ? # 或 %，因为话题名是网址的一部分',
    'not-image-path': () => '必须是 public/ 里的图片路径，例如 /avatars/chen-wei.jpg',
    pattern: ({ example }) => `写法不对${example ? `，例如 ${example}` : ''}`,
    'too-few-items': ({ min }) => `至少要写 ${min} 项`,
    'not-integer': () => '必须是整数',
    'below-minimum': ({ min }) => `不能小于 ${min}`,
    'file-misplaced': () =>
      '网站不读这个位置：活动放在 content/events/<活动>/index.md，场次放在 content/events/<活动>/sessions/<场次>.md，嘉宾放在 content/speakers/<嘉宾>.md',
    'front-matter-missing': () => '缺失：文件必须以一行 "---" 开头，然后是各个字段，再以一行 "---" 结束',
    'front-matter-unclosed': () => '没有结束：在最后一个字段后面加一行 "---"',
    'front-matter-unreadable': ({ line, reason }) => `无法读取${line === undefined ? '' : `（文件第 ${line} 行）`}：${reason}`,
    'front-matter-not-mapping': () => '必须是一行一个的“字段: 值”',
    'file-utf16': () => `文件是 UTF-16 编码，网站读不了；${SAVE_AS_UTF8}`,
    'file-utf32': () => `文件是 UTF-32 编码，网站读不了；${SAVE_AS_UTF8}`,
    'file-not-utf8': ({ line }) => `第 ${line ?? 1} 行有不是 UTF-8 编码的字符（用 GBK 或 ANSI 保存的文件就是这样），网站读不了；${SAVE_AS_UTF8}`,
    'file-binary': () => '不是文本文件（里面有二进制数据），网站读不了；图片放到 public/ 下，content/ 里只放用 UTF-8 保存的 Markdown 文件',
    required: ({ field, example }) => (example ? `必填；加一行，例如 ${field}: ${example}` : '必填'),
    'wrong-type': ({ expected, actual, value: written }) => `必须是${TYPES[String(expected)] ?? expected}，但现在是${value(actual, written)}`,
    'not-one-of': ({ values, actual, value: written }) => `只能是 ${list(values)} 之一，但现在是${value(actual, written)}`,
    'unknown-field': () => '不是这类文件的字段',
    'not-translatable': () => '不需要翻译：译文只写可翻译的字段，这个字段取自原文；删掉它',
    invalid: () => '不合法',
    'slug-invalid': ({ what, name }) => `${NAMES[String(what)]}“${name}”不能用作网址：${SLUG_RULE}（中文名写拼音，例如 chen-wei）`,
    placeholder: ({ todo }) => `还有占位符【待填写】：${TODOS[String(todo)]}`,
    'avatar-missing': ({ file }) => `文件 ${file} 不存在；把图片放到那里，或者删掉这个字段`,
    'markdoc-tag': ({ line, text }) => `第 ${line} 行有 Markdoc 标签 ${text}：正文只用普通 Markdown，表格请写成 | 列 | 列 | 的形式`,
    'footnote-link': ({ line, text }) => `第 ${line} 行的脚注 ${text} 被存成了链接：请写成 [^1]，并在文末写 [^1]: 脚注内容`,
    'time-unquoted': ({ field }) => `时间要加双引号，例如 ${field}: "14:30"；不加引号，网站会把它当成数字`,
    'end-without-start': () => '没有开始时间：同时写上 start: "HH:MM"，或者删掉 end',
    'end-not-after-start': ({ start, end }) => `${end} 不晚于开始时间 ${start}`,
    'order-taken': ({ order, others }) => `第 ${order} 场已经是 ${list(others)}；同一活动的每个场次要有自己的顺序`,
    'unknown-event': ({ event }) => `没有这个活动：content/events/${event}/index.md 不存在`,
    'unknown-speaker': ({ slug }) => `没有这位嘉宾：content/speakers/${slug}.md 不存在`,
    'unknown-speaker-name': ({ name }) => `没有叫 ${name} 的嘉宾`,
    'draft-speaker': ({ slug, file }) => `嘉宾 ${slug} 还是草稿（${file} 里写着 draft: true）`,
    'moderator-required': () => '圆桌必须有主持人：写主持人的文件名，例如 moderator: csdn-ai-editors',
    'one-moderator': () => '圆桌只有一位主持人',
    'too-few-people': ({ count, min, role }) =>
      role === 'panelists'
        ? `至少要 ${min} 位圆桌嘉宾，现在是 ${count} 位；写成 panelists: [a, b]`
        : `至少要 ${min} 位演讲嘉宾，现在是 ${count} 位；写成 speakers: [chen-wei]`,
    'moderator-not-roundtable': () => '只有圆桌才有主持人；改用 speakers，或者写 kind: roundtable',
    'panelists-not-roundtable': () => '只有圆桌才有圆桌嘉宾；改用 speakers，或者写 kind: roundtable',
    'listed-twice': ({ slug }) => `${slug} 写了两次；删掉一个`,
    'not-in-session': ({ slug, people }) => `${slug} 不是本场的演讲嘉宾、主持人或圆桌嘉宾（${list(people) || '无'}）`,
    'file-exists': ({ path }) => `${path} 已经存在，不会覆盖`,
    'speaker-exists': ({ path, name }) => `${path} 已经存在（${name}），不会覆盖`,
    'slug-reserved-event': ({ slug }) =>
      `文件夹名 "${slug}" 是网站保留的地址（/events/${slug}/… 是活动列表的筛选页），活动不能用它：换一个名字，例如 npcon-2024-${slug === 'city' ? 'shanghai' : 'beijing'}`,
    'slug-reserved-speaker': ({ slug }) =>
      `文件名 "${slug}" 是网站保留的地址（/speakers/${slug}/… 是按首字母分页的嘉宾列表），嘉宾不能用它：用嘉宾姓名的拼音，例如 chen-wei`,
    'translation-orphan': ({ original }) => `没有原文 ${original}：译文必须放在原文旁边，与原文同名（先写原文，或删掉这个译文）`,
    'translation-list-length': ({ count, original, originalCount }) =>
      `有 ${count} 条，原文 ${original} 有 ${originalCount} 条：译文要逐条对应原文`,
    'translation-speaker-differs': ({ speaker, original, expected }) =>
      `是 "${speaker}"，但原文 ${original} 这一条是 "${expected}"：译文每一条的 speaker 要与原文同一条一致`,
    'topics-unreadable': ({ reason }) => `无法读取：${reason}`,
    'topics-not-list': () => '必须是一个列表，每条写 zh、en、slug 三项',
    'topics-entry-shape': ({ missing, extra }) =>
      `每条要写 zh、en、slug 三项${missing ? `（缺少 ${missing}）` : ''}${extra ? `（多了 ${extra}）` : ''}`,
    'topics-duplicate': ({ value: repeated, entry }) => `"${repeated}" 与第 ${entry} 条重复：每条的 zh、en、slug 都不能重复`,
    'topics-bad-slug': ({ slug }) => `"${slug}" 不是合格的网址名：只用小写字母 a-z、数字和单个连字符 -`,
    'topics-unknown-topic': ({ topic }) => `没有场次使用话题 "${topic}"：与场次 topics 里的写法保持完全一致，或删掉这一条`,
    'topics-slug-taken': ({ slug }) => `"${slug}" 已是一个未翻译话题的网址：换一个 slug`,
  },
  hints: {
    'did-you-mean': ({ value: meant }) => `你是不是要写 ${meant}？`,
    'did-you-mean-speaker': ({ slug, name }) => `你是不是要写 ${slug}（${name}）？`,
    'did-you-mean-event': ({ event }) => `你是不是要写 ${event}？场次要放在所属活动的 sessions 文件夹里`,
    'known-events': ({ events }) => `已有的活动：${list(events)}；新活动先运行 npm run new -- event`,
    namesake: ({ slug, name }) => `${slug} 是 ${name}，如果是同一个人就写 ${slug}`,
    'add-speaker': ({ name }) => `如果是新嘉宾，先运行 npm run new -- speaker${name ? ` --name ${name} --role <职务> --organization <单位>` : ''}`,
    'add-event': () => '先添加活动：npm run new -- event',
    'quote-it': ({ value: written }) => `加上引号："${written}"`,
    'unquote-it': ({ field, value: written }) => `去掉引号：${field}: ${written}`,
    'write-true': ({ field }) => `写成 ${field}: true`,
    'write-false': ({ field }) => `写成 ${field}: false，或者删掉这一行`,
    'write-boolean': () => '写 true 或 false',
    'write-as-list': ({ field, items }) => `写成列表：${field}: [${listOf(items, ', ')}]`,
    'list-syntax': () => '写成 [a, b]，或者每项一行、以 "- " 开头',
    'quote-lines': () => '每一项要两行："- speaker: <文件名>" 和 "  text: <内容>"',
    'empty-value': () => '在冒号后面写上值；可选字段也可以删掉这一行',
    'kind-label': ({ input, value: meant }) => `“${input}”是网站上显示的名称，这里写 ${meant}`,
    'speaker-by-name': ({ input, slug }) => `“${input}”是嘉宾的名字，这里写嘉宾的文件名：${slug}`,
    'field-names-english': ({ field }) => `字段名用英文：写 ${field}`,
    'use-draft': () => '不想发布这个文件，就写 draft: true',
    rename: ({ slug }) => `改名为 ${slug}`,
    'publish-speaker': () => '先发布这位嘉宾，或者让这个场次也先作为草稿',
    'same-speaker': ({ slug }) => `这位嘉宾已经有了，直接在场次里写 ${slug} 即可`,
    'other-slug': ({ slug }) => `如果是别的，换一个文件名，例如 --slug ${slug}-2`,
    'next-free-order': ({ order }) => `下一个空位是 ${order}（要插到中间，先把后面场次的 order 依次加一）`,
    'yaml-tabs': () => '用空格缩进，不要用 Tab',
    'yaml-fullwidth-colon': () => '字段名后面用英文冒号加空格（"title: …"），不要用“：”',
    'yaml-space-after-colon': () => '冒号后面加一个空格："title: …"',
    'yaml-space-after-dash': () => '列表项的短横线后面加一个空格："- …"',
    'yaml-close-quote': ({ quote }) => `引号没有闭合：在值的末尾加上 ${quote}`,
    'yaml-quote-value': ({ example }) => `这个值含有 YAML 的特殊字符（": "、" #"，或以 [ { * & ! | > 开头）；把整个值放进双引号：${example}`,
  },
  check: {
    summary: ({ events, sessions, speakers, translations }) =>
      `${events} 个活动、${sessions} 个场次、${speakers} 位嘉宾${translations ? `、${translations} 篇译文` : ''}`,
    todosTitle: (count) => `草稿里还要写的地方（${count} 处；草稿不会发布）：`,
    failed: (problems, files, summary) => `✗ 内容检查未通过：${files} 个文件里有 ${problems} 个问题（${summary}）。没有发布任何内容；改好上面列出的地方后再运行一次。`,
    passed: (summary) => `✓ 内容检查通过：${summary}`,
    unreadable: (count) => `content/ 里有 ${count} 个文件读不了（见上方），没有生成任何内容`,
  },
  preview: {
    passed: (time, todos) => `[${time}] ✓ 内容检查通过${todos ? `；草稿里还有 ${todos} 处【待填写】` : ''}`,
    failed: (time, problems) => `[${time}] ✗ 内容检查发现 ${problems} 个问题（浏览器页面顶部也会显示）：`,
    label: '内容检查',
    problemsTitle: (count) => `内容检查发现 ${count} 个问题`,
    problemsHelp: '改好文件并保存后，这里会自动消失。修好之前，页面可能缺少内容或仍是上一次正确的版本。',
    todosTitle: (count) => `草稿里还有 ${count} 处【待填写】`,
    todosHelp: '草稿不会发布；写完、删掉 draft: true 之后才会出现在正式网站上。',
    guide: '编辑指南：docs/editing.md',
  },
  scaffold: {
    usage: `用法：
  npm run new -- speaker --name 王五 --role 工程师 --organization 某公司 [--slug wang-wu]
  npm run new -- session --event npcon-2023-beijing --title 标题 --speakers wang-wu[,…] [--kind talk] [--slug …] [--order N]
  npm run new -- session --kind roundtable --event … --title … --moderator slug --panelists a,b[,…]
  npm run new -- event --slug npcon-2024-shanghai --title … --city 上海 --date 2024-03-16 [--series npcon] [--organizers CSDN,…]
  npm run new -- translation content/speakers/wang-wu.md    （在原文旁边写英文译文的骨架）
在终端里只写类型（例如 npm run new -- speaker）会逐项询问。新文件默认是草稿（draft: true）；--no-draft 则不是。
加 --lang en（或 CONTENT_LANG=en）显示英文。详见 docs/editing.md`,
    unknownFlag: (flag, near) => `✗ 不认识的参数 --${flag}${near ? `；你是不是要写 --${near}？` : ''}`,
    unknownType: (type) => `不认识的类型 "${type}"：只能是 speaker、session、roundtable 或 event`,
    missingType: '缺少要新建的类型',
    askType: '要新建什么？speaker（嘉宾）、session（场次）、roundtable（圆桌）、event（活动）: ',
    cancelled: '已取消，没有写入任何文件。',
    intro: (type) => `新建 ${type}：逐项填写，直接回车使用 [方括号] 里的默认值。\n`,
    emptyAnswer: (label, example) => `  ✗ ${label}不能为空，例如：${example}`,
    missingFlag: (flag, label, example) => `缺少 --${flag}（${label}），例如 --${flag} ${example}`,
    wrongFlag: (flag, value, problem) => `--${flag} ${value}：${problem}`,
    notWritten: (interactive) => `没有写入任何文件。${interactive ? '' : '补上或改正上面的参数后再运行一次；在终端里运行可以逐项询问。'}`,
    created: (path, draft) => `✓ 已创建 ${path}${draft ? '（草稿）' : ''}`,
    nextStepsTitle: '下一步：',
    nextSteps: ({ kind, path, url, slug, draft, port }) => [
      `打开 ${path}，把每一处「【待填写】」换成真实内容（${kind === 'speaker' ? '嘉宾简介' : kind === 'session' ? '摘要、话题、要点和正文' : '介绍和摘要'}）；用不上的可选行删掉即可。`,
      `运行 npm run dev，在浏览器打开 http://localhost:${port}${url}，保存文件后页面会自动更新。`,
      draft
        ? '写完后删掉 draft: true 这一行，运行 npm run check:content；没有问题就提交，网站下次构建时发布。'
        : '写完后运行 npm run check:content；没有问题就提交，网站下次构建时发布。',
      ...(kind === 'speaker' ? [`为这位嘉宾添加场次：npm run new -- session --speakers ${slug}`] : []),
      ...(kind === 'event' ? [`添加第一个场次：npm run new -- session --event ${slug}`] : []),
    ],
    knownSpeakers: (names) => `  已有嘉宾：${names.join('、')}`,
    kindChoice: (choices) => choices.join('、'),
    peopleAnswer: '文件名或姓名，多位用逗号分隔',
    slugQuestion: (what) => `${what === 'file' ? '文件名' : '文件夹名'}（网址的一部分）`,
    eventQuestion: '所属活动',
    optionalAnswer: '（可不填）',
    translationError: (error, path) =>
      error === 'no-path'
        ? '缺少原文的路径，例如 content/speakers/chen-wei.md'
        : error === 'not-original'
          ? `${path} 不是一篇原文（活动 index.md、场次或嘉宾的 .md 文件）`
          : `${path} 已经存在，没有覆盖它`,
    translationWritten: (path) => `✓ 写好了 ${path}：把每个【待填写】换成英文（上一行注释是原文），写完删掉注释。`,
  },
};
