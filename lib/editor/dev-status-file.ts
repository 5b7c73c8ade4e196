import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../content/model';
import type { WordedProblem } from '../i18n/messages';

/**
 * Where `npm run dev` keeps the content check's latest result (git-ignored; nothing imports it). The
 * dev-only route app/dev/content-status/route.dev.ts streams it to the page's banner. Kept apart from the
 * check (dev-status.ts), so the route compiles in a moment instead of pulling in the validator.
 */
export const DEV_STATUS_FILE = '.dev/content-status.json';

/** The check's result, worded in the editor's language (`CONTENT_LANG`, `--lang`), as the banner shows it. */
export interface DevContentStatus {
  lang: Lang;
  problems: WordedProblem[];
  todos: WordedProblem[];
}

/** The last result written, as its file's text (one line of JSON), or undefined before the first check. */
export function readDevStatusText(root: string): string | undefined {
  try {
    return readFileSync(join(root, DEV_STATUS_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
