import type { Problem, ProblemCode } from '../problem';
import { TRANSLATION_SUFFIX, type SourceFile } from '../source-files';

// The rules between a translation (`*.en.md`) and its original, as codes and parameters.

// A structural field in a translation is reported by the field rules (./model/zod), which know
// each type's translatable fields; these are the rules that need the original beside it.

/** `content/speakers/ghost.en.md` → `content/speakers/ghost.md`. */
export const originalPathOf = (translationPath: string): string =>
  translationPath.slice(0, -TRANSLATION_SUFFIX.length) + '.md';

/** Lists a translation repeats entry by entry; quotes and positions also repeat each entry's speaker. */
const PARALLEL_LISTS = ['takeaways', 'quotes', 'positions'] as const;
const ATTRIBUTED = new Set<string>(['quotes', 'positions']);

const listOf = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);
const speakerOf = (entry: unknown): unknown =>
  entry && typeof entry === 'object' ? (entry as Record<string, unknown>).speaker : undefined;

function checkPair(translation: SourceFile, original: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, code: ProblemCode, params: Record<string, string | number>) =>
    problems.push({ path: translation.path, field, code, params: { original: original.path, ...params } });

  for (const name of PARALLEL_LISTS) {
    const translated = listOf(translation.data[name]);
    if (translated === undefined) continue;
    const source = listOf(original.data[name]) ?? [];
    if (translated.length !== source.length) {
      at(name, 'translation-list-length', { count: translated.length, originalCount: source.length });
      continue;
    }
    if (!ATTRIBUTED.has(name)) continue;
    translated.forEach((entry, index) => {
      const speaker = speakerOf(entry);
      const expected = speakerOf(source[index]);
      if (typeof expected === 'string' && speaker !== expected) {
        at(`${name}[${index}].speaker`, 'translation-speaker-differs', { speaker: String(speaker ?? ''), expected });
      }
    });
  }
  return problems;
}

/** Every problem of every translation against its original: a missing original, structure, lists, people. */
export function checkTranslations(originals: readonly SourceFile[], translations: readonly SourceFile[]): Problem[] {
  const byPath = new Map(originals.map((file) => [file.path, file]));
  return translations.flatMap((translation) => {
    const original = byPath.get(originalPathOf(translation.path));
    if (!original) {
      return [{ path: translation.path, field: '(file)', code: 'translation-orphan' as const, params: { original: originalPathOf(translation.path) } }];
    }
    return checkPair(translation, original);
  });
}
