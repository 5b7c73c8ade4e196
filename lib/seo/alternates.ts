import { DEFAULT_LOCALE, localizePath, openGraphLocale, otherLocale, splitLocalePath, type Locale } from '../locales';
import { absoluteUrl } from '../site';

/**
 * One page and its counterpart in the other edition. `translated` is decided once, from the document
 * (an English translation exists), and read by both pages, the sitemap and Open Graph, so the pair
 * never disagrees. Pages that are interface only (home, lists, search) are always translated.
 */
export interface EditionPage {
  locale: Locale;
  /** The page's path in each edition; topics differ by more than the /en prefix. */
  paths: Record<Locale, string>;
  translated: boolean;
}

/** A page whose English path is its Chinese one under /en. */
export function editionPage(path: string, locale: Locale, translated = true): EditionPage {
  const zh = splitLocalePath(path).path;
  return { locale, paths: { 'zh-CN': zh, en: localizePath(zh, 'en') }, translated };
}

/** `<link rel="alternate" hreflang>`: both pages of a translated pair list zh-CN, en and x-default (Chinese). */
export function languageAlternates(page: EditionPage): Record<string, string> | undefined {
  if (!page.translated) return undefined;
  return {
    'zh-CN': absoluteUrl(page.paths['zh-CN']),
    en: absoluteUrl(page.paths.en),
    'x-default': absoluteUrl(page.paths[DEFAULT_LOCALE]),
  };
}

/** An untranslated English page points search engines at the Chinese original and asks not to be indexed. */
export const isFallback = (page: EditionPage): boolean => page.locale !== DEFAULT_LOCALE && !page.translated;

export const canonicalPath = (page: EditionPage): string =>
  isFallback(page) ? page.paths[DEFAULT_LOCALE] : page.paths[page.locale];

/** og:locale and, for a translated pair, og:locale:alternate. */
export const openGraphLocales = (page: EditionPage) => ({
  locale: openGraphLocale[page.locale],
  ...(page.translated ? { alternateLocale: [openGraphLocale[otherLocale(page.locale)]] } : {}),
});
