// Bodies are plain Markdown. Keystatic's rich-text fields save tables as `{% table %}` Markdoc tags and
// footnotes as links; the admin's body field is a plain text area and never does, but a body pasted
// from another Keystatic site, or edited with a markdoc field, can carry them. The content check folds
// this rule in: one problem per line, `<path>: body: <message>`.

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

export const residueMessages = {
  zh: {
    'markdoc-tag': (r: BodyResidue) => `第 ${r.line} 行有 Markdoc 标签 ${r.text}：正文只用普通 Markdown，表格请写成 | 列 | 列 | 的形式`,
    'footnote-link': (r: BodyResidue) => `第 ${r.line} 行的脚注 ${r.text} 被存成了链接：请写成 [^1]，并在文末写 [^1]: 脚注内容`,
  },
  en: {
    'markdoc-tag': (r: BodyResidue) => `line ${r.line} holds a Markdoc tag ${r.text}: bodies are plain Markdown; write tables as | column | column |`,
    'footnote-link': (r: BodyResidue) => `line ${r.line}: the footnote ${r.text} was saved as a link: write [^1] and, at the end, [^1]: the note`,
  },
} as const satisfies Record<'zh' | 'en', Record<ResidueKind, (r: BodyResidue) => string>>;
