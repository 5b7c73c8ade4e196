import type { Lang } from '../../content/model';
import type { HintCode, Param, Params, ProblemCode } from '../../content/problem';

/** A message: a function of the finding's parameters. */
export type Say = (params: Params) => string;

/** Everything an editor reads from the tools (check, build, preview banner, scaffolder), in one language. */
export interface Catalogue {
  lang: Lang;
  problems: Record<ProblemCode, Say>;
  hints: Record<HintCode, Say>;
  /** Joins a problem and its fix. */
  hintSeparator: string;
  check: {
    summary: (counts: { events: number; sessions: number; speakers: number; translations: number }) => string;
    todosTitle: (count: number) => string;
    failed: (problems: number, files: number, summary: string) => string;
    passed: (summary: string) => string;
    /** The build's verdict when contentlayer's copy of content/ cannot be made. */
    unreadable: (count: number) => string;
  };
  preview: {
    passed: (time: string, todos: number) => string;
    failed: (time: string, problems: number) => string;
    label: string;
    problemsTitle: (count: number) => string;
    problemsHelp: string;
    todosTitle: (count: number) => string;
    todosHelp: string;
    guide: string;
  };
  scaffold: {
    usage: string;
    unknownFlag: (flag: string, near?: string) => string;
    unknownType: (type: string) => string;
    missingType: string;
    askType: string;
    cancelled: string;
    intro: (type: string) => string;
    emptyAnswer: (label: string, example: string) => string;
    missingFlag: (flag: string, label: string, example: string) => string;
    wrongFlag: (flag: string, value: string, problem: string) => string;
    notWritten: (interactive: boolean) => string;
    created: (path: string, draft: boolean) => string;
    nextStepsTitle: string;
    nextSteps: (step: { kind: string; path: string; url: string; slug: string; draft: boolean; port: string }) => string[];
    knownSpeakers: (names: string[]) => string;
    kindChoice: (choices: string[]) => string;
    peopleAnswer: string;
    /** The questions no declaration holds: a new document's slug, and a session's event. */
    slugQuestion: (what: 'file' | 'folder') => string;
    eventQuestion: string;
    optionalAnswer: string;
    /** `npm run new -- translation`: why nothing was written, and what to do once the skeleton is. */
    translationError: (error: 'no-path' | 'not-original' | 'exists', path?: string) => string;
    translationWritten: (path: string) => string;
  };
}

/** A list parameter, joined as the language lists things. */
export const listOf = (value: Param, separator: string): string =>
  Array.isArray(value) ? value.join(separator) : value === undefined ? '' : String(value);
