import type { DecodedFile } from './decode';
import type { Problem } from './problem';

/** The problem an unreadable file gets, `<path>: (file): <what to do>`, from the check and the build alike. */
export function unreadableFileProblem(path: string, decoded: Extract<DecodedFile, { ok: false }>): Problem {
  return { path, field: '(file)', code: `file-${decoded.reason}`, params: { line: decoded.line } };
}
