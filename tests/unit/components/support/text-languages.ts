/** Void elements: React writes them without a closing tag. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const decode = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/**
 * Each text node of React's static markup with the `lang` of its nearest element that sets one (undefined:
 * the page's language). React's output is well formed, so a stack of open elements is enough.
 */
export function textLanguages(html: string): { text: string; lang?: string }[] {
  const open: (string | undefined)[] = [];
  const texts: { text: string; lang?: string }[] = [];
  for (const [, closing, tag, attributes, text] of html.matchAll(/<(\/?)([a-zA-Z0-9-]+)([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) {
      const lang = open.findLast((value) => value !== undefined);
      if (text.trim()) texts.push({ text: decode(text).trim(), ...(lang ? { lang } : {}) });
    } else if (closing) open.pop();
    else if (!VOID.has(tag!.toLowerCase()) && !attributes!.endsWith('/')) open.push(/\blang="([^"]+)"/.exec(attributes!)?.[1]);
  }
  return texts;
}
