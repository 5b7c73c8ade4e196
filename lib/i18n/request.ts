import { cache } from 'react';
import { routesFor } from '../routes';
import { dictionary, formatDate, formatList, formatListParts } from './index';
import { DEFAULT_LOCALE, type Locale } from '../locales';

// The page's locale for server components, set once per render by the edition's layout and route
// files. React's cache() is scoped to one render, so the two editions never see each other's value.
const current = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }));

export const setRequestLocale = (locale: Locale): void => {
  current().locale = locale;
};
export const getLocale = (): Locale => current().locale;
export const getT = () => dictionary(getLocale());
export const getRoutes = () => routesFor(getLocale());
export const getFormat = () => {
  const locale = getLocale();
  return {
    date: (isoDate: string) => formatDate(isoDate, locale),
    list: (items: string[]) => formatList(items, locale),
    listParts: (items: string[]) => formatListParts(items, locale),
  };
};
