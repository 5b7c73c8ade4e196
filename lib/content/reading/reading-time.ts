import { htmlToText } from '../../search/plain-text';
import type { SessionView } from '../types';

/** Characters of Chinese read in a minute: a comfortable pace for technical prose (typical adults: 300–500). */
export const HAN_CHARACTERS_PER_MINUTE = 400;
/** Latin words (names, product names, English terms) read in a minute. */
export const LATIN_WORDS_PER_MINUTE = 200;

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[\p{Script=Latin}\d]+(?:[.'’-][\p{Script=Latin}\d]+)*/gu;

/** Minutes to read a text mixing Chinese and Latin words, rounded up, at least 1. */
export function readingMinutes(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.ceil(han / HAN_CHARACTERS_PER_MINUTE + latin / LATIN_WORDS_PER_MINUTE));
}

/** What a reader of a session page reads: summary, takeaways, positions, quotes and the recap. */
export const sessionReadingMinutes = (
  session: Pick<SessionView, 'summary' | 'takeaways' | 'positions' | 'quotes' | 'bodyHtml'>,
): number =>
  readingMinutes(
    [
      session.summary,
      ...session.takeaways,
      ...session.positions.map((entry) => entry.text),
      ...session.quotes.map((entry) => entry.text),
      htmlToText(session.bodyHtml),
    ].join('\n'),
  );
