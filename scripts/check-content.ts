/**
 * npm run check:content [-- --root <dir>]
 * Prints every problem in the editors' files as `<path>: <field>: <message>` and exits 1 if there is any.
 * Reads only; never writes to content/.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../lib/content/problem';
import { validateContent } from '../lib/content/validate';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag === -1 ? '.' : (process.argv[rootFlag + 1] ?? '.'));

const { problems, counts } = validateContent(root);
const summary = `${counts.events} events, ${counts.sessions} sessions, ${counts.speakers} speakers`;
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.path)).size;
  console.error(
    `\n✗ content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${summary}). Nothing was published; fix the lines above and run it again.`,
  );
  process.exit(1);
}
console.log(`✓ content check passed: ${summary}`);
