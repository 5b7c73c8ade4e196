/** The site's two editions. Chinese is the original and lives at the root; English under /en. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');

/** Open Graph spells a locale with an underscore and a region: zh_CN, en_US. */
export const openGraphLocale: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

const PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** A Chinese page's path in an edition: `/speakers` → `/en/speakers`, `/` → `/en` (no trailing slash, as canonicals). */
export const localizePath = (path: string, locale: Locale): string => {
  const prefix = PREFIX[locale];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
};

/** The reverse: which edition a path belongs to, and its Chinese path. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  if (path === '/en' || path.startsWith('/en/')) return { locale: 'en', path: path.slice(3) || '/' };
  return { locale: DEFAULT_LOCALE, path };
}

/**
 * The `lang` a document's text needs on a page: set only when it differs from the page's (an untranslated
 * document; with a field, also that field of a translation that left it to the Chinese original).
 */
export const textLang = (
  view: { edition: Locale; contentLocale: Locale; originalFields?: readonly string[] },
  field?: string,
): Locale | undefined => {
  if (view.contentLocale !== view.edition) return view.contentLocale;
  return field !== undefined && view.edition !== DEFAULT_LOCALE && view.originalFields?.includes(field) ? DEFAULT_LOCALE : undefined;
};
