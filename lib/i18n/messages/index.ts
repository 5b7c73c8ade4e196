import type { Lang } from '../../content/model';
import type { Finding, Problem } from '../../content/problem';
import { en } from './en';
import type { Catalogue } from './types';
import { zhCN } from './zh-CN';

export type { Catalogue } from './types';

/** Every catalogue, by language; Chinese is the editors' default. */
export const catalogues: Record<Lang, Catalogue> = { zh: zhCN, en };

/** `--lang en` / `--lang=en` on the command line, else `CONTENT_LANG=en`, else Chinese. */
export function editorLang(argv: readonly string[] = process.argv, env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  const flag = argv.indexOf('--lang');
  const value = flag === -1 ? argv.find((arg) => arg.startsWith('--lang='))?.slice(7) : argv[flag + 1];
  return (value ?? env.CONTENT_LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export const messagesFor = (lang: Lang = editorLang()): Catalogue => catalogues[lang];

/** A finding in words: the problem, then its fix. */
export function say(finding: Finding, lang: Lang = editorLang()): string {
  const catalogue = catalogues[lang];
  const message = catalogue.problems[finding.code](finding.params ?? {});
  return finding.hint ? `${message}${catalogue.hintSeparator}${catalogue.hints[finding.hint.code](finding.hint.params ?? {})}` : message;
}

/** A problem as the editor reads it, for tools that show it elsewhere (the preview's banner). */
export interface WordedProblem {
  path: string;
  field: string;
  message: string;
}

export const wordProblem = (problem: Problem, lang: Lang = editorLang()): WordedProblem => ({
  path: problem.path,
  field: problem.field,
  message: say(problem, lang),
});

/** `<path>: <field>: <message>`: path and field as written in the file, the message in the editor's language. */
export const formatProblem = (problem: Problem | WordedProblem, lang: Lang = editorLang()): string =>
  `${problem.path}: ${problem.field}: ${'message' in problem ? problem.message : say(problem, lang)}`;
