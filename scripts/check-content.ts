/**
 * npm run check:content [-- --root <dir>] [-- --lang en]
 * Prints every problem in the editors' files as `<path>: <field>: <message>` and exits 1 if there is any.
 * Messages are Chinese unless `--lang en` or CONTENT_LANG=en asks for English.
 * 【待填写】 marks left in drafts are listed as to-dos, in the same form, and fail nothing.
 * Reads only; never writes to content/.
 */
import { resolve } from 'node:path';
import { validateContent } from '../lib/content/validate';
import { editorLang, formatProblem, messagesFor } from '../lib/i18n/messages';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag === -1 ? '.' : (process.argv[rootFlag + 1] ?? '.'));
const lang = editorLang();
const { check } = messagesFor(lang);

const { problems, todos, counts } = validateContent(root);
const summary = check.summary(counts);
if (todos.length > 0) {
  console.log(check.todosTitle(todos.length));
  for (const todo of todos) console.log(formatProblem(todo, lang));
  console.log('');
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem, lang));
  const files = new Set(problems.map((problem) => problem.path)).size;
  console.error(`\n${check.failed(problems.length, files, summary)}`);
  process.exit(1);
}
console.log(check.passed(summary));
