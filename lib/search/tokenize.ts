/**
 * Turns Chinese and Latin text into search terms, identically at build time (Node) and in the browser.
 *
 * Intl.Segmenter's dictionary finds words such as 推理, 模型, 量子, 计算, but leaves newer words and names
 * as single characters (算力 → 算|力, 芯片 → 芯|片, 郑叔亮 → 郑|叔|亮). Indexing those characters one by one
 * would let 量子计算 match a page about 张量 through 量, so a run of such leftover characters is indexed as
 * its overlapping pairs instead (算力芯片 → 算力, 力芯, 芯片), after cutting the run at function characters
 * (的, 和, 与…) that carry no meaning of their own. Query and page go through the same steps, and every
 * query term must match (AND), so a query made of absent words finds nothing.
 */

const HAN = /\p{Script=Han}/u;

/** Function characters: they separate words in a run of leftovers and are never terms themselves. */
const STOP_CHARACTERS = new Set([
  ...'的了和与及或是在对把被从为以等之于也都就而并着很这那其个们吗呢吧啊',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Lowercase, full-width Latin and digits folded to ASCII (ＧＰＵ → gpu). */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Overlapping pairs of a run of two or more single characters. */
function pairs(run: string[]): string[] {
  const terms: string[] = [];
  for (let index = 0; index < run.length - 1; index += 1)
    terms.push(`${run[index]}${run[index + 1]}`);
  return terms;
}

type Piece = { text: string; kind: 'word' | 'single' | 'gap' };

/** Segments as words, leftover single characters, and gaps (punctuation, spaces, function characters). */
function pieces(text: string): Piece[] {
  return [...segmenter.segment(normalize(text))].map(({ segment, isWordLike }): Piece => {
    if (!isWordLike || STOP_CHARACTERS.has(segment)) return { text: segment, kind: 'gap' };
    return { text: segment, kind: segment.length === 1 && HAN.test(segment) ? 'single' : 'word' };
  });
}

/** The Han character of a neighbouring word that touches a lone leftover, if any. */
const touching = (piece: Piece | undefined, edge: 'first' | 'last'): string => {
  if (piece?.kind !== 'word') return '';
  const chars = [...piece.text];
  const char = (edge === 'first' ? chars[0] : chars[chars.length - 1]) ?? '';
  return HAN.test(char) ? char : '';
};

/**
 * The terms of a text, in order, with repeats (term frequency matters to ranking). A run of two or more
 * leftovers gives its pairs; a lone leftover pairs with the touching characters of its neighbours
 * (机器|人 → 器人), so 机器人 does not match a page that has 机器 here and 人 elsewhere.
 */
export function tokenize(text: string): string[] {
  const list = pieces(text);
  const terms: string[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const piece = list[index] as Piece;
    if (piece.kind === 'word') terms.push(piece.text);
    if (piece.kind !== 'single') continue;
    let end = index;
    while (list[end + 1]?.kind === 'single') end += 1;
    const run = list.slice(index, end + 1).map((single) => single.text);
    if (run.length > 1) terms.push(...pairs(run));
    else {
      const before = touching(list[index - 1], 'last');
      const after = touching(list[index + 1], 'first');
      if (!before && !after) terms.push(piece.text);
      if (before) terms.push(`${before}${piece.text}`);
      if (after) terms.push(`${piece.text}${after}`);
    }
    index = end;
  }
  return terms;
}

/** The distinct terms of a query, in the order typed. */
export const queryTerms = (query: string): string[] => [...new Set(tokenize(query))];

/**
 * A term of two or more characters also finds longer terms it starts (ins → inscode, 诺亚 → 诺亚方舟);
 * a query of one character finds the words it starts (张 → 张旭, 张路宇).
 */
export const matchesByPrefix = (term: string, _index: number, terms: readonly string[]): boolean =>
  terms.length === 1 || [...term].length >= 2;
