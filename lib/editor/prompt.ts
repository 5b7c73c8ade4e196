import { createInterface, type Interface } from 'node:readline/promises';
import type { Ask } from './field-spec';

/** Terminal questions: `标题: `, or `类型 [talk]: ` when there is a default that Enter accepts. */
export function terminalAsker(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { ask: Ask; close: () => void } {
  const rl: Interface = createInterface({ input, output, terminal: true });
  const ask: Ask = async (spec, initial, hint) => {
    if (hint) output.write(`${hint}\n`);
    const optional = spec.optional ? '（可不填）' : '';
    return rl.question(`${spec.label}${optional}${initial ? ` [${initial}]` : ''}: `);
  };
  return { ask, close: () => rl.close() };
}
