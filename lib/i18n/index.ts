import { en } from './en';
import { DEFAULT_LOCALE, type Locale } from '../locales';
import { zhCN, type Dictionary } from './zh-CN';

export * from '../locales';
export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };

/** Every UI string of a page comes from the dictionary of its language. */
export const dictionary = (locale: Locale): Dictionary => dictionaries[locale];

/** The default (Chinese) edition, for tools and the code that has no page locale. */
export const locale: Locale = DEFAULT_LOCALE;
export const t = zhCN;

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

/** `2023-08-12` → `2023年8月12日` / `August 12, 2023`; a calendar day, read as UTC so it never shifts. */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: locale === 'en' ? 'long' : 'short', type: 'conjunction' })));
  return format;
}

/** `CSDN和《新程序员》` / `CSDN and New Programmer`. */
export const formatList = (items: string[], locale: Locale = DEFAULT_LOCALE): string => listFormat(locale).format(items);

/** The same list as parts, so each item can be set in its own language: `[{type: 'element', value}, {type: 'literal', value: ' and '}…]`. */
export const formatListParts = (items: string[], locale: Locale = DEFAULT_LOCALE) => listFormat(locale).formatToParts(items);

const SLOT = '\u0000';
/** A message with one value, cut around where the value goes: `Also on {}` → ['Also on ', '']. */
export function messageAround(message: (value: string) => string): [before: string, after: string] {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return [before, after];
}
