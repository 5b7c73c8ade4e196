/**
 * Lists of whole numbers ≥ 0 as text of one character per five bits (a sixth bit says another
 * character follows), as source maps write theirs: gaps and frequencies, mostly below 32, take one
 * character each and no separator, which gzip then codes in a few bits; JSON-safe characters only.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
[...DIGITS].forEach((digit, value) => (VALUE[digit.charCodeAt(0)] = value));

export function encodeNumbers(numbers: readonly number[]): string {
  let text = '';
  for (let number of numbers) {
    if (!Number.isInteger(number) || number < 0) throw new Error(`cannot encode ${number}`);
    do {
      const low = number % 32;
      number = Math.floor(number / 32);
      text += DIGITS[number > 0 ? low + 32 : low];
    } while (number > 0);
  }
  return text;
}

export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let number = 0;
  let scale = 1;
  for (let at = 0; at < text.length; at += 1) {
    const value = VALUE[text.charCodeAt(at)] ?? -1;
    if (value < 0) throw new Error(`not an encoded number list: ${text.slice(at, at + 8)}`);
    number += (value % 32) * scale;
    if (value >= 32) scale *= 32;
    else {
      numbers.push(number);
      number = 0;
      scale = 1;
    }
  }
  return numbers;
}
