import { createHash } from 'node:crypto';

// A script element's text runs from its start tag to the first `</script`, byte for byte; that text
// is what the browser hashes. Scripts with a src, and data blocks such as JSON-LD, are not inline code.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JAVASCRIPT_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

function isInlineCode(attributes: string): boolean {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
  return JAVASCRIPT_TYPE.test(type);
}

/** The CSP hash source of one script text. */
export const scriptHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The distinct hash sources of every inline script in an HTML document, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(SCRIPT)) {
    if (isInlineCode(match[1] ?? '')) hashes.add(scriptHash(match[2] ?? ''));
  }
  return [...hashes];
}
