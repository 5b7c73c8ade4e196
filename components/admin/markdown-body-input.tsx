'use client';

import { TextArea } from '@keystar/ui/text-field';
import type { FormFieldInputProps } from '@keystatic/core';

/** The body as the Markdown the editor writes: a plain text area, so nothing is converted to Markdoc. */
export function MarkdownBodyInput(props: FormFieldInputProps<string> & { label: string; description: string }) {
  return (
    <TextArea
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={props.onChange}
      autoFocus={props.autoFocus}
      // Long recaps: a tall box, monospaced so Markdown's marks line up.
      UNSAFE_style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
      height="scale.6000"
    />
  );
}
