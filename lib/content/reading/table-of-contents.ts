import { htmlToText } from '../../search/plain-text';
import type { TocEntry } from '../types';

const HEADING = /<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** The recap's h2 and h3 headings, read from the sanitized HTML the Markdown pipeline produced. */
export function tableOfContents(html: string): TocEntry[] {
  return [...html.matchAll(HEADING)].map(([, level, id, inner]) => ({
    id: htmlToText(id ?? ''),
    text: htmlToText(inner ?? ''),
    level: level === '3' ? 3 : 2,
  }));
}

/** A recap earns a table of contents from three sections on; below that it is one screen of headings. */
export const worthATableOfContents = (entries: TocEntry[]): boolean =>
  entries.filter((entry) => entry.level === 2).length >= 3;
