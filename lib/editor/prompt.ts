import { createInterface } from 'node:readline/promises';
import { messagesFor } from '../i18n/messages';
import type { Ask } from './field-spec';

export interface TerminalAsker {
  ask: Ask;
  question: (text: string) => Promise<string>;
  close: () => void;
}

/**
 * Terminal questions: `标题: `, or `类型 [talk]: ` when there is a default that Enter accepts.
 * Ctrl-C or Ctrl-D ends the questions: `onCancel` runs, and nothing has been written by then.
 */
export function terminalAsker(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  onCancel: () => void,
  optionalMark = messagesFor('zh').scaffold.optionalAnswer,
): TerminalAsker {
  const rl = createInterface({ input, output, terminal: true });
  let closing = false;
  rl.on('close', () => {
    if (!closing) onCancel();
  });
  rl.on('SIGINT', () => rl.close());
  const question = (text: string) => rl.question(text);
  const ask: Ask = async (spec, initial, hint) => {
    if (hint) output.write(`${hint}\n`);
    const optional = spec.optional ? optionalMark : '';
    return question(`${spec.label}${optional}${initial ? ` [${initial}]` : ''}: `);
  };
  return {
    ask,
    question,
    close: () => {
      closing = true;
      rl.close();
    },
  };
}
