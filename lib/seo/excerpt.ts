/** Sentence ends in Chinese and Latin text: an excerpt prefers to stop right after one. */
const SENTENCE_END = /[。！？!?]/g;

/** Markdown → one line of plain text: headings, code, images and markup dropped, link text kept. */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .split(/\n{2,}/)
      .filter((block) => !/^\s*#{1,6}\s/.test(block))
      .join('\n')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(?:[-*+]|\d+\.|>)\s+/gm, '')
      .replace(/(\*\*|__|\*|_|`|~~)/g, '')
      // A line break after Chinese text or full-width punctuation joins without a space; after Latin, with one.
      .replace(/([\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s*\n\s*/gu, '$1')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/**
 * At most `limit` characters of the text, cut after the last full sentence that fits when that keeps
 * at least half of it, else cut at the limit with an ellipsis: a meta description reads as prose.
 */
export function excerpt(text: string, limit = 160): string {
  const chars = [...text];
  if (chars.length <= limit) return text;
  const head = chars.slice(0, limit).join('');
  const lastEnd = [...head.matchAll(SENTENCE_END)].at(-1);
  if (lastEnd?.index !== undefined && lastEnd.index + 1 >= head.length / 2)
    return head.slice(0, lastEnd.index + 1);
  return `${chars.slice(0, limit - 1).join('')}…`;
}
