import type { Problem } from '../problem';
import type { SourceFile } from '../source-files';
import type { Roster } from './roster';
import { checkSession, checkUniqueOrders } from './session';

// The rules across fields and files, in one place: the check, the build and the preview run them all
// through checkAcrossFiles; the scaffolder asks the same rules about one answer at a time.
// Each returns codes and parameters; lib/i18n/messages words them.

export * from './references';
export * from './roster';
export { minimumPeople, orderFinding } from './session';
export { checkBodyMarkdown, findMarkdocResidue } from './body';

export interface CrossFileInput {
  /** The originals. */
  files: readonly SourceFile[];
  /** The `*.en.md` translations, for the rules that pair them with their originals. */
  translations: readonly SourceFile[];
  roster: Roster;
}

/** A rule that looks at the whole content tree; add one here and every caller runs it. */
export type CrossFileRule = (input: CrossFileInput) => Problem[];

export const crossFileRules: readonly CrossFileRule[] = [
  ({ files, roster }) => files.filter((file) => file.kind === 'session').flatMap((file) => checkSession(file, roster)),
  ({ files, roster }) => checkUniqueOrders(files, roster),
];

export const checkAcrossFiles = (input: CrossFileInput): Problem[] => crossFileRules.flatMap((rule) => rule(input));
