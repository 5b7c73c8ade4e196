import { translationModels } from '../content/model';
import { placeholder } from '../content/placeholder';
import type { SourceFile } from '../content/source-files';

// `npm run new -- translation <original>`: the English file beside the original, holding only the
// translatable fields, each with the original's words as a comment above the line to translate.

const oneLine = (value: unknown) => String(value ?? '').replace(/\s*\n\s*/g, ' ').trim();
const quoted = (text: string) => JSON.stringify(text);
const todo = quoted(placeholder('英文'));

function field(name: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [`# ${name}: ${oneLine(value)}`, `${name}: ${todo}`];
  if (value.length === 0) return [];
  const entries = value.flatMap((entry: unknown): string[] => {
    if (entry && typeof entry === 'object' && 'speaker' in entry) {
      // Quotes and positions: the speaker is repeated, unchanged, so an entry cannot drift to another person.
      const { speaker, text } = entry as { speaker: unknown; text: unknown };
      return [`  - speaker: ${quoted(String(speaker))}`, `    # ${oneLine(text)}`, `    text: ${todo}`];
    }
    return [`  # ${oneLine(entry)}`, `  - ${todo}`];
  });
  return [`${name}:`, ...entries];
}

/** The skeleton's text, from the original's parsed file. */
export function translationSkeleton(original: Pick<SourceFile, 'kind' | 'data' | 'body'>): string {
  const fields = Object.keys(translationModels[original.kind].fields).flatMap((name) => field(name, original.data[name]));
  const body = original.body.trim();
  const bodyLines = body
    ? ['<!--', '原文（翻译后删掉这段注释）：', '', body.replace(/--/g, '- -'), '-->', '', placeholder('英文正文')]
    : [];
  return ['---', ...fields, '---', '', ...bodyLines, ''].join('\n');
}
