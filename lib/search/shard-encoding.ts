/** Build time: a whole MiniSearch index's terms as the columns of lib/search/shard-format.ts. */
import type { AsPlainObject } from 'minisearch';
import { encodeNumbers } from './numbers';
import { SHARED_LENGTHS_SHARE, type SearchShard, type ShardField } from './shard-format';

interface Postings {
  gaps: string;
  frequencies: string;
  count: number;
  /** Absent when the lengths are read from the field's shared column. */
  lengths?: string;
}
/** One term's postings by field id, with the bytes of JSON it adds to a shard. */
export interface TermPostings {
  term: string;
  fields: Map<number, Postings>;
  bytes: number;
}

/** Per field id, how many documents have text in it (the measure of a common word). */
function documentsWithField({ fieldLength }: AsPlainObject): Map<number, number> {
  const counts = new Map<number, number>();
  for (const lengths of Object.values(fieldLength))
    lengths.forEach((length, fieldId) => {
      if (length > 0) counts.set(fieldId, (counts.get(fieldId) ?? 0) + 1);
    });
  return counts;
}

/** Every term's postings, encoded, in sorted order. */
export function termPostings(full: AsPlainObject, sharedMinimum: number): TermPostings[] {
  const withField = documentsWithField(full);
  return full.index
    .map(([term, fields]): TermPostings => {
      const byField = new Map<number, Postings>();
      let bytes = JSON.stringify(term).length + 1;
      for (const [fieldId, postings] of Object.entries(fields)) {
        const id = Number(fieldId);
        const documents = Object.keys(postings)
          .map(Number)
          .sort((a, b) => a - b);
        const shared =
          documents.length >= sharedMinimum &&
          documents.length >= SHARED_LENGTHS_SHARE * (withField.get(id) ?? Infinity);
        const encoded: Postings = {
          count: documents.length,
          gaps: encodeNumbers(documents.map((document, at) => document - (documents[at - 1] ?? 0))),
          frequencies: encodeNumbers(documents.map((document) => postings[document] ?? 0)),
          ...(shared
            ? {}
            : { lengths: encodeNumbers(documents.map((d) => full.fieldLength[d]?.[id] ?? 0)) }),
        };
        byField.set(id, encoded);
        // Its place in the field's column, then its postings.
        bytes +=
          4 + encoded.gaps.length + encoded.frequencies.length + (encoded.lengths?.length ?? 0);
      }
      return { term, fields: byField, bytes };
    })
    .sort(({ term: a }, { term: b }) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A shard's terms as columns: see SearchShard. */
export function encodeShard(entries: TermPostings[]): SearchShard {
  const fieldIds = [...new Set(entries.flatMap(({ fields }) => [...fields.keys()]))].sort(
    (a, b) => a - b,
  );
  const fields = fieldIds.map((fieldId): ShardField => {
    const places: number[] = [];
    let gaps = '';
    let frequencies = '';
    let lengths = '';
    let previous = -1;
    entries.forEach(({ fields: byField }, term) => {
      const postings = byField.get(fieldId);
      if (!postings) return;
      places.push(term - previous, 2 * postings.count + (postings.lengths === undefined ? 1 : 0));
      previous = term;
      gaps += postings.gaps;
      frequencies += postings.frequencies;
      lengths += postings.lengths ?? '';
    });
    return [fieldId, encodeNumbers(places), gaps, frequencies, lengths];
  });
  return { terms: entries.map(({ term }) => term), fields };
}

/** The ids of the fields whose lengths some of these terms read from the shared columns. */
export const sharedFields = (entries: TermPostings[]): number[] =>
  [
    ...new Set(
      entries.flatMap(({ fields }) =>
        [...fields].filter(([, postings]) => postings.lengths === undefined).map(([id]) => id),
      ),
    ),
  ].sort((a, b) => a - b);

/** Per field id some common word reads them for: every document's length in that field. */
export function lengthColumns(full: AsPlainObject, entries: TermPostings[]): Map<number, string> {
  const documents = Array.from({ length: full.nextId }, (_, document) => document);
  return new Map(
    sharedFields(entries).map((id) => [
      id,
      encodeNumbers(documents.map((d) => full.fieldLength[d]?.[id] ?? 0)),
    ]),
  );
}
