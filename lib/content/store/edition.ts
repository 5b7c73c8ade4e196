import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../locales';
import { routesFor, type Routes } from '../../routes';
import type { TopicRef, Translatable } from '../types';

export interface EditionOptions {
  /** The edition: its URLs and the collation of names; the documents come already in its language. */
  locale?: Locale;
  /**
   * A topic's URL segment in each edition and the language of its name here, by the name the documents
   * use. Topic pages exist in both editions (an untranslated topic keeps its Chinese name and segment).
   */
  topicEditions?: (topic: string) => { nameLocale: Locale; segments: Record<Locale, string> };
}

/** What the reshaping needs to know of the edition it builds views for. */
export function editionContext({ locale = DEFAULT_LOCALE, topicEditions }: EditionOptions = {}) {
  const routes = routesFor(locale);
  const topic = topicEditions ?? ((name: string) => ({ nameLocale: locale, segments: { 'zh-CN': name, en: name } }));
  const collator = new Intl.Collator(locale);

  /** How a document stands in this edition: translated or not, the language of its text, its page in each. */
  const language = (
    doc: { translated?: boolean; contentLocale?: Locale; originalFields?: string[] },
    path: (routes: Routes, edition: Locale) => string,
  ): Translatable => ({
    edition: locale,
    translated: doc.translated === true,
    contentLocale: doc.contentLocale ?? locale,
    ...(doc.originalFields ? { originalFields: doc.originalFields } : {}),
    paths: Object.fromEntries(LOCALES.map((other) => [other, path(routesFor(other), other)])) as Record<Locale, string>,
  });

  const topicRef = (name: string): TopicRef => {
    const { nameLocale, segments } = topic(name);
    return { name, url: routes.topic(segments[locale]), ...(nameLocale === locale ? {} : { lang: nameLocale }) };
  };

  /** Topic pages exist in both editions, so they are always a pair; the name may be untranslated. */
  const topicLanguage = (name: string): Translatable => {
    const { nameLocale, segments } = topic(name);
    return language({ translated: true, contentLocale: nameLocale }, (other, edition) => other.topic(segments[edition]));
  };

  return { locale, routes, language, topicRef, topicLanguage, byName: (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name) };
}

export type EditionContext = ReturnType<typeof editionContext>;
