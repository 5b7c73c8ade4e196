/**
 * npm run new -- speaker|session|event [--flags] [--root <dir>] [--no-draft]
 * npm run new -- translation <path of the original> [--root <dir>]
 * Writes one new Markdown file under content/ with valid front matter and 【待填写】 marks to fill in.
 * In a terminal it asks for what the flags leave out; without one, a missing flag is an error. Never overwrites.
 * Questions and messages are Chinese unless `--lang en` or CONTENT_LANG=en asks for English.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../lib/content/suggest';
import { terminalAsker } from '../lib/editor/prompt';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../lib/editor/scaffold';
import { writeTranslationSkeleton } from '../lib/editor/write-translation';
import { editorLang, messagesFor } from '../lib/i18n/messages';

const lang = editorLang();
const words = messagesFor(lang).scaffold;


const text = { type: 'string' } as const;
const options = {
  root: text, slug: text, name: text, role: text, organization: text, event: text, title: text, kind: text,
  speakers: text, moderator: text, panelists: text, order: text, city: text, date: text, series: text, organizers: text,
  lang: text, 'no-draft': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    // parseArgs says "Unknown option '--titel'": name the flag that was meant instead of a stack trace.
    const flag = /'--?([^']+)'/.exec(String(error))?.[1] ?? '';
    const near = closest(flag, Object.keys(options));
    console.error(`${words.unknownFlag(flag, near)}\n\n${words.usage}`);
    process.exit(1);
  }
}
const { values, positionals } = parse();

const KIND_WORDS: Record<string, string> = { 嘉宾: 'speaker', 场次: 'session', 演讲: 'session', 圆桌: 'roundtable', 活动: 'event', 大会: 'event' };
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const cancel = () => {
  console.error(`\n${words.cancelled}`);
  process.exit(130);
};
const terminal = interactive ? terminalAsker(process.stdin, process.stdout, cancel, words.optionalAnswer) : undefined;

if (positionals[0] === 'translation') {
  const written = writeTranslationSkeleton(resolve(values.root ?? '.'), positionals[1]);
  if (!written.ok) {
    console.error(`✗ ${words.translationError(written.error, written.path)}\n\n${words.usage}`);
    process.exit(1);
  }
  console.log(words.translationWritten(written.path));
  process.exit(0);
}

let typed = positionals[0];
if (!typed && terminal && !values.help) {
  const answer = (await terminal.question(words.askType)).trim();
  typed = KIND_WORDS[answer] ?? answer.toLowerCase();
}
// `new roundtable` is a shorthand for `new session --kind roundtable`.
const requested = typed === 'roundtable' ? 'session' : typed;
if (values.help || !requested || !(SCAFFOLD_KINDS as readonly string[]).includes(requested)) {
  if (!values.help) console.error(`${requested ? words.unknownType(requested) : words.missingType}\n`);
  console.error(words.usage);
  terminal?.close();
  process.exit(values.help ? 0 : 1);
}
const kind = requested as ScaffoldKind;
const { root = '.', 'no-draft': noDraft } = values;
const flags: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'root' && entry[0] !== 'lang'),
);
if (typed === 'roundtable') flags.kind ??= 'roundtable';
if (terminal) console.log(words.intro(kind));

const result = await scaffold(kind, {
  root: resolve(root),
  flags,
  draft: !noDraft,
  ...(terminal ? { ask: terminal.ask } : {}),
  report: (line) => console.error(line),
  lang,
}).finally(() => terminal?.close());

if (!result.ok) {
  for (const error of result.errors) console.error(`✗ ${error}`);
  console.error(`\n${words.notWritten(interactive)}\n\n${words.usage}`);
  process.exit(1);
}
console.log(`${words.created(result.path, result.draft)}\n\n${words.nextStepsTitle}`);
words
  .nextSteps({ ...result, port: process.env.PORT ?? '3000' })
  .forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
