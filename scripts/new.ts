/**
 * npm run new -- speaker|session|event [--flags] [--root <dir>] [--no-draft]
 * npm run new -- translation <path of the original> [--root <dir>]
 * Writes one new Markdown file under content/ with valid front matter and 【待填写】 marks to fill in.
 * In a terminal it asks for what the flags leave out; without one, a missing flag is an error. Never overwrites.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../lib/content/suggest';
import { terminalAsker } from '../lib/editor/prompt';
import { nextSteps, scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../lib/editor/scaffold';
import { writeTranslationSkeleton } from '../lib/editor/write-translation';

const USAGE = `用法：
  npm run new -- speaker --name 王五 --role 工程师 --organization 某公司 [--slug wang-wu]
  npm run new -- session --event npcon-2023-beijing --title 标题 --speakers wang-wu[,…] [--kind talk] [--slug …] [--order N]
  npm run new -- session --kind roundtable --event … --title … --moderator slug --panelists a,b[,…]
  npm run new -- event --slug npcon-2024-shanghai --title … --city 上海 --date 2024-03-16 [--series npcon] [--organizers CSDN,…]
  npm run new -- translation content/speakers/wang-wu.md    （在原文旁边写英文译文的骨架）
在终端里只写类型（例如 npm run new -- speaker）会逐项询问。新文件默认是草稿（draft: true）；--no-draft 则不是。
详见 docs/editing.md`;

const text = { type: 'string' } as const;
const options = {
  root: text, slug: text, name: text, role: text, organization: text, event: text, title: text, kind: text,
  speakers: text, moderator: text, panelists: text, order: text, city: text, date: text, series: text, organizers: text,
  'no-draft': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    // parseArgs says "Unknown option '--titel'": name the flag that was meant instead of a stack trace.
    const flag = /'--?([^']+)'/.exec(String(error))?.[1] ?? '';
    const near = closest(flag, Object.keys(options));
    console.error(`✗ 不认识的参数 --${flag}${near ? `；你是不是要写 --${near}？` : ''}\n\n${USAGE}`);
    process.exit(1);
  }
}
const { values, positionals } = parse();

const KIND_WORDS: Record<string, string> = { 嘉宾: 'speaker', 场次: 'session', 演讲: 'session', 圆桌: 'roundtable', 活动: 'event', 大会: 'event' };
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const cancel = () => {
  console.error('\n已取消，没有写入任何文件。');
  process.exit(130);
};
const terminal = interactive ? terminalAsker(process.stdin, process.stdout, cancel) : undefined;

if (positionals[0] === 'translation') {
  const written = writeTranslationSkeleton(resolve(values.root ?? '.'), positionals[1]);
  if (!written.ok) {
    console.error(`✗ ${written.error}\n\n${USAGE}`);
    process.exit(1);
  }
  console.log(`✓ 写好了 ${written.path}：把每个【待填写】换成英文（上一行注释是原文），写完删掉注释。`);
  process.exit(0);
}

let typed = positionals[0];
if (!typed && terminal && !values.help) {
  const answer = (await terminal.question('要新建什么？speaker（嘉宾）、session（场次）、roundtable（圆桌）、event（活动）: ')).trim();
  typed = KIND_WORDS[answer] ?? answer.toLowerCase();
}
// `new roundtable` is a shorthand for `new session --kind roundtable`.
const requested = typed === 'roundtable' ? 'session' : typed;
if (values.help || !requested || !(SCAFFOLD_KINDS as readonly string[]).includes(requested)) {
  if (!values.help) console.error(requested ? `不认识的类型 "${requested}"：只能是 speaker、session、roundtable 或 event\n` : '缺少要新建的类型\n');
  console.error(USAGE);
  terminal?.close();
  process.exit(values.help ? 0 : 1);
}
const kind = requested as ScaffoldKind;
const { root = '.', 'no-draft': noDraft } = values;
const flags: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'root'),
);
if (typed === 'roundtable') flags.kind ??= 'roundtable';
if (terminal) console.log(`新建 ${kind}：逐项填写，直接回车使用 [方括号] 里的默认值。\n`);

const result = await scaffold(kind, {
  root: resolve(root),
  flags,
  draft: !noDraft,
  ...(terminal ? { ask: terminal.ask } : {}),
  report: (line) => console.error(line),
}).finally(() => terminal?.close());

if (!result.ok) {
  for (const error of result.errors) console.error(`✗ ${error}`);
  console.error(`\n没有写入任何文件。${interactive ? '' : '补上或改正上面的参数后再运行一次；在终端里运行可以逐项询问。'}\n\n${USAGE}`);
  process.exit(1);
}
console.log(`✓ 已创建 ${result.path}${result.draft ? '（草稿）' : ''}\n\n下一步：`);
nextSteps(result, process.env.PORT).forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
