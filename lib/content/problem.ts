/** One thing wrong in one editor's file, printed as `<path>: <field>: <message>`. */
export interface Problem {
  /** The file, relative to the repository root, with forward slashes. */
  path: string;
  /** The front-matter field (`quotes[1].speaker`), or a pseudo-field such as `front matter`. */
  field: string;
  message: string;
}

export const formatProblem = ({ path, field, message }: Problem): string =>
  `${path}: ${field}: ${message}`;

export const sortProblems = (problems: Problem[]): Problem[] =>
  [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.field.localeCompare(b.field));
