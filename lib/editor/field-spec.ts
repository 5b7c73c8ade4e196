import type { Lang } from '../content/model';
import type { Finding } from '../content/problem';
import type { Roster } from '../content/rules';
import { messagesFor, say } from '../i18n/messages';

/** Answers so far, by flag name; lists are kept as the editor typed them (comma-separated). */
export type Answers = Record<string, string>;

/** One question of `npm run new`: a flag when run with flags, a prompt when run in a terminal. */
export interface FieldSpec {
  /** The flag, without `--`, and the answer's key. */
  key: string;
  /** What the prompt asks, in the editors' words. */
  label: string;
  /** Shown after a missing or wrong value. */
  example: string;
  optional?: boolean;
  /** Asked only when this holds (a moderator only for a roundtable). */
  when?: (answers: Answers) => boolean;
  /** The default offered, derived from earlier answers or from existing content. */
  initial?: (answers: Answers, roster: Roster) => string | undefined;
  /** Turns what was typed into the stored form (a Chinese kind label into its value, a name into a slug). */
  normalize?: (value: string, roster: Roster) => string;
  /** What is wrong (the same findings the content check reports), or undefined when the value is fine. */
  check?: (value: string, answers: Answers, roster: Roster) => Finding | undefined;
  /** A line shown before the prompt (e.g. the speakers to choose from). */
  hint?: (answers: Answers, roster: Roster) => string | undefined;
}

/** Splits `a, b，c、d` into its items; editors type Chinese and ASCII commas alike (names may hold spaces). */
export const splitList = (value: string): string[] =>
  value
    .split(/[,，、;；]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Asks one question in a terminal; resolves to what was typed (empty for "take the default"). */
export type Ask = (spec: FieldSpec, initial: string | undefined, hint: string | undefined) => Promise<string>;

export interface CollectResult {
  answers: Answers;
  /** One line per missing or wrong flag; empty when everything could be answered. */
  errors: string[];
}

/**
 * Fills the answers from flags, then from the terminal (when `ask` is given) or from defaults.
 * Without a terminal every problem is collected, so the editor sees all of them at once.
 */
export async function collectAnswers(
  specs: readonly FieldSpec[],
  flags: Readonly<Record<string, string | undefined>>,
  roster: Roster,
  ask?: Ask,
  report: (line: string) => void = () => {},
  lang: Lang = 'zh',
): Promise<CollectResult> {
  const words = messagesFor(lang).scaffold;
  const answers: Answers = {};
  const errors: string[] = [];
  for (const spec of specs) {
    if (spec.when && !spec.when(answers)) continue;
    const initial = spec.initial?.(answers, roster);
    let value = flags[spec.key];
    for (;;) {
      if (value === undefined && ask) value = (await ask(spec, initial, spec.hint?.(answers, roster))).trim() || initial;
      value = (value ?? initial)?.trim();
      if (!value) {
        if (spec.optional) break;
        if (ask) {
          report(words.emptyAnswer(spec.label, spec.example));
          value = undefined;
          continue;
        }
        errors.push(words.missingFlag(spec.key, spec.label, spec.example));
        break;
      }
      value = spec.normalize?.(value, roster) ?? value;
      const finding = spec.check?.(value, answers, roster);
      if (!finding) {
        answers[spec.key] = value;
        break;
      }
      if (!ask) {
        errors.push(words.wrongFlag(spec.key, value, say(finding, lang)));
        break;
      }
      report(`  ✗ ${say(finding, lang)}`);
      value = undefined;
    }
  }
  return { answers, errors };
}
