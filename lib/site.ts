import { t } from './i18n';

/** The public origin every absolute URL is built from; SITE_URL overrides the local default. */
export const siteUrl = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const site = {
  name: t.siteName,
  tagline: t.siteTagline,
  url: siteUrl,
} as const;

export const absoluteUrl = (path: string): string => new URL(path, `${siteUrl}/`).toString();
