import type { Problem } from '../problem';
import type { SourceFile } from '../source-files';

// Bodies are plain Markdown. Keystatic's rich-text fields save tables as `{% table %}` Markdoc tags and
// footnotes as links; the web admin's body field is a plain text area and never does, but a body pasted
// from another Keystatic site, or edited with a markdoc field, can carry them: one problem per line.

export type ResidueKind = 'markdoc-tag' | 'footnote-link';

export interface BodyResidue {
  kind: ResidueKind;
  /** 1-based line in the body. */
  line: number;
  /** The offending text, for the message. */
  text: string;
}

const FENCE = /^\s*(```|~~~)/;
const INLINE_CODE = /`[^`]*`/g;
const MARKDOC_TAG = /\{%\s*\/?[a-zA-Z][^%]*%\}/;
/** `[^1](#fn1)` or `[\^1](…)`: a footnote reference saved as a link. */
const FOOTNOTE_LINK = /\[\\?\^[^\]]+\]\([^)]*\)/;

/** Every Markdoc tag or link-shaped footnote in a body, outside code. */
export function findMarkdocResidue(body: string): BodyResidue[] {
  const found: BodyResidue[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((raw, index) => {
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) return;
    const line = raw.replace(INLINE_CODE, '');
    const tag = MARKDOC_TAG.exec(line);
    if (tag) found.push({ kind: 'markdoc-tag', line: index + 1, text: tag[0] });
    const footnote = FOOTNOTE_LINK.exec(line);
    if (footnote) found.push({ kind: 'footnote-link', line: index + 1, text: footnote[0] });
  });
  return found;
}

/** `<path>: body: …` for each Markdoc tag or link-shaped footnote in a file's body. */
export const checkBodyMarkdown = (file: SourceFile): Problem[] =>
  findMarkdocResidue(file.body).map(({ kind, line, text }) => ({ path: file.path, field: 'body', code: kind, params: { line, text } }));
