import type { Problem } from '../problem';
import type { SourceFile } from '../source-files';
import { checkTopicDictionary, type TopicDictionary } from '../topics';
import { checkReservedSlug } from './reserved-slugs';
import type { Roster } from './roster';
import { checkSession, checkUniqueOrders } from './session';
import { checkTranslations, originalPathOf } from './translations';

// The rules across fields and files, in one place: the check, the build and the preview run them all
// through checkAcrossFiles; the scaffolder asks the same rules about one answer at a time.
// Each returns codes and parameters; lib/i18n/messages words them.

export * from './references';
export * from './roster';
export { minimumPeople, orderFinding } from './session';
export { checkBodyMarkdown, findMarkdocResidue } from './body';
export { checkReservedSlug, RESERVED_SLUGS, reservedSlugFinding } from './reserved-slugs';
export { checkTranslations, originalPathOf } from './translations';

export interface CrossFileInput {
  /** The originals. */
  files: readonly SourceFile[];
  /** The `*.en.md` translations, for the rules that pair them with their originals. */
  translations: readonly SourceFile[];
  roster: Roster;
  /** content/topics.yml as read, with what is wrong in the file itself; absent where no dictionary is at hand. */
  topics?: TopicDictionary;
  /** Files that could not be read (already reported): what they hold is unknown, so no rule guesses at it. */
  unread?: ReadonlySet<string>;
}

/** A rule that looks at the whole content tree; add one here and every caller runs it. */
export type CrossFileRule = (input: CrossFileInput) => Problem[];

export const crossFileRules: readonly CrossFileRule[] = [
  ({ files, roster }) => files.filter((file) => file.kind === 'session').flatMap((file) => checkSession(file, roster)),
  ({ files, roster }) => checkUniqueOrders(files, roster),
  ({ files }) => files.flatMap(checkReservedSlug),
  ({ files, translations, unread }) =>
    checkTranslations(files, unread ? translations.filter((file) => !unread.has(originalPathOf(file.path))) : translations),
  // Every Chinese name in the dictionary is a topic some session uses; no slug is an untranslated topic's name.
  // With a session unread, its topics are unknown: only the dictionary's own problems are certain.
  ({ files, topics, unread }) => {
    if (!topics) return [];
    if ([...(unread ?? [])].some((path) => path.includes('/sessions/'))) return topics.problems;
    const used = files.flatMap((file) => (file.kind === 'session' && Array.isArray(file.data.topics) ? file.data.topics.map(String) : []));
    return [...topics.problems, ...checkTopicDictionary(topics.entries, used)];
  },
];

export const checkAcrossFiles = (input: CrossFileInput): Problem[] => crossFileRules.flatMap((rule) => rule(input));
