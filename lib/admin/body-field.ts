import type { ContentFormField } from '@keystatic/core';
import { createElement } from 'react';
import { MarkdownBodyInput } from '@/components/admin/markdown-body-input';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The Markdown body as plain text. Keystatic's own content fields (markdoc, mdx) turn tables into
 * `{% table %}` tags and footnotes into links when they save; this one keeps the text as typed.
 * Keystatic stores the body after the closing `---`: one blank line, then the text, as the repository writes it.
 */
export function markdownBody(label: string, description: string): ContentFormField<string, string, string> {
  const parse = (_: unknown, { content }: { content: Uint8Array | undefined }) =>
    content ? decoder.decode(content).replace(/^\r?\n/, '') : '';
  return {
    kind: 'form',
    formKind: 'content',
    contentExtension: '.md',
    directories: [],
    Input: (props) => createElement(MarkdownBodyInput, { ...props, label, description }),
    defaultValue: () => '',
    parse,
    validate: (value) => value,
    serialize: (value) => ({
      value: undefined,
      content: encoder.encode(value.trim() === '' ? '' : `\n${value.endsWith('\n') ? value : `${value}\n`}`),
      other: new Map(),
      external: new Map(),
    }),
    reader: { parse },
  };
}
