/**
 * npm run check:content [-- --root <dir>]
 * Prints every problem in the editors' files as `<path>: <field>: <message>` and exits 1 if there is any.
 * 【待填写】 marks left in drafts are listed as to-dos, in the same form, and fail nothing.
 * Reads only; never writes to content/.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../lib/content/problem';
import { validateContent } from '../lib/content/validate';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag === -1 ? '.' : (process.argv[rootFlag + 1] ?? '.'));

// Editors' messages are in Chinese unless asked for English (--lang en or CONTENT_LANG=en).
const langFlag = process.argv.indexOf('--lang');
const lang = (langFlag === -1 ? process.env.CONTENT_LANG : process.argv[langFlag + 1]) === 'en' ? 'en' : 'zh';
const { problems, todos, counts } = validateContent(root, { lang });
const summary = `${counts.events} events, ${counts.sessions} sessions, ${counts.speakers} speakers`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
if (todos.length > 0) {
  console.log(`Still to write in drafts (${plural(todos.length, 'place')}; drafts are not published):`);
  for (const todo of todos) console.log(formatProblem(todo));
  console.log('');
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.path)).size;
  console.error(
    `\n✗ content check failed: ${plural(problems.length, 'problem')} in ${plural(files, 'file')} (${summary}). Nothing was published; fix the lines above and run it again.`,
  );
  process.exit(1);
}
console.log(`✓ content check passed: ${summary}`);
