import type { DecodedFile, UnreadableReason } from './decode';
import type { Problem } from './problem';

export type EditorLanguage = 'zh' | 'en';

/** Editors read Chinese unless they ask for English (`--lang en` or CONTENT_LANG=en). */
export function editorLanguage(
  argv: readonly string[] = process.argv,
  env: Readonly<Record<string, string | undefined>> = process.env,
): EditorLanguage {
  const flag = argv.indexOf('--lang');
  const asked = flag === -1 ? env.CONTENT_LANG : argv[flag + 1];
  return asked?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

const SAVE_AS_UTF8 = {
  zh: '请改存为 UTF-8：记事本里选“另存为”，编码选“UTF-8”；VS Code 里点右下角的编码，选“通过编码保存”，再选“UTF-8”',
  en: 'save it as UTF-8: in Notepad, Save As with Encoding "UTF-8"; in VS Code, click the encoding in the status bar, then Save with Encoding → UTF-8',
};

const MESSAGES: Record<UnreadableReason, Record<EditorLanguage, (line?: number) => string>> = {
  utf16: {
    zh: () => `文件是 UTF-16 编码，网站读不了；${SAVE_AS_UTF8.zh}`,
    en: () => `saved as UTF-16, which the site cannot read; ${SAVE_AS_UTF8.en}`,
  },
  utf32: {
    zh: () => `文件是 UTF-32 编码，网站读不了；${SAVE_AS_UTF8.zh}`,
    en: () => `saved as UTF-32, which the site cannot read; ${SAVE_AS_UTF8.en}`,
  },
  'not-utf8': {
    zh: (line) => `第 ${line ?? 1} 行有不是 UTF-8 编码的字符（用 GBK 或 ANSI 保存的文件就是这样），网站读不了；${SAVE_AS_UTF8.zh}`,
    en: (line) => `line ${line ?? 1} holds characters that are not UTF-8 (a file saved as GBK or ANSI looks like this), which the site cannot read; ${SAVE_AS_UTF8.en}`,
  },
  binary: {
    zh: () => '不是文本文件（里面有二进制数据），网站读不了；图片放到 public/ 下，content/ 里只放用 UTF-8 保存的 Markdown 文件',
    en: () => 'not a text file (it holds binary data), which the site cannot read; images go under public/, and content/ holds only Markdown saved as UTF-8',
  },
};

/** The problem an unreadable file gets, `<path>: (file): <what to do>`, from the check and the build alike. */
export function unreadableFileProblem(
  path: string,
  decoded: Extract<DecodedFile, { ok: false }>,
  language: EditorLanguage = editorLanguage(),
): Problem {
  return { path, field: '(file)', message: MESSAGES[decoded.reason][language](decoded.line) };
}

/** The build's one-line verdict under those problems. */
export function unreadableFilesVerdict(count: number, language: EditorLanguage = editorLanguage()): string {
  return language === 'en'
    ? `${count} ${count === 1 ? 'file' : 'files'} in content/ cannot be read (listed above); nothing was built`
    : `content/ 里有 ${count} 个文件读不了（见上方），没有生成任何内容`;
}
