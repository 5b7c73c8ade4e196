import type { DevContentStatus } from '@/lib/editor/dev-status-file';
import { catalogues, type WordedProblem } from '@/lib/i18n/messages';

function ProblemList({ problems }: { problems: WordedProblem[] }) {
  return (
    <ul className="mt-2 space-y-1 font-mono text-xs leading-relaxed break-all">
      {problems.map((problem) => (
        <li key={`${problem.path}:${problem.field}:${problem.message}`}>
          <span className="font-semibold">{problem.path}</span>: <span className="underline">{problem.field}</span>:{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** The content check's problems (and drafts' to-dos), as the check worded them; nothing when all is clear. */
export function ContentStatusView({ status: { lang, problems, todos } }: { status: DevContentStatus }) {
  if (problems.length === 0 && todos.length === 0) return null;
  const { preview } = catalogues[lang];
  return (
    <aside aria-label={preview.label} className="border-b-2 border-red-700 bg-red-50 px-4 py-3 text-red-950 sm:px-6 dark:bg-red-950 dark:text-red-50">
      {problems.length > 0 && (
        <section role="alert" data-testid="content-problems">
          <h2 className="font-bold">{preview.problemsTitle(problems.length)}</h2>
          <p className="text-sm">{preview.problemsHelp}</p>
          <ProblemList problems={problems} />
        </section>
      )}
      {todos.length > 0 && (
        <details className="mt-2 text-amber-950 dark:text-amber-100" data-testid="content-todos">
          <summary className="cursor-pointer text-sm font-semibold">{preview.todosTitle(todos.length)}</summary>
          <p className="text-sm">{preview.todosHelp}</p>
          <ProblemList problems={todos} />
        </details>
      )}
      <p className="mt-2 text-xs">{preview.guide}</p>
    </aside>
  );
}
