import { dictionary, t, type Locale } from './i18n';

/** The public origin every absolute URL is built from; SITE_URL overrides the local default. */
export const siteUrl = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const site = {
  name: t.siteName,
  tagline: t.siteTagline,
  url: siteUrl,
} as const;

/** The site's name and tagline in an edition. */
export const siteFor = (locale: Locale) => {
  const words = dictionary(locale);
  return { name: words.siteName, tagline: words.siteTagline, url: siteUrl } as const;
};

export const absoluteUrl = (path: string): string => new URL(path, `${siteUrl}/`).toString();
