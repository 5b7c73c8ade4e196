import type { Metadata } from 'next';
import { DEFAULT_LOCALE, dictionary, openGraphLocale, type Locale } from '../i18n';
import { routesFor } from '../routes';
import { absoluteUrl, siteFor } from '../site';
import { canonicalPath, editionPage, isFallback, languageAlternates, openGraphLocales, type EditionPage } from './alternates';
import { PREVIEW_IMAGE, siteCard, type PreviewCard } from './preview-cards';

/** The edition's feed, announced in every page's head (the root layout's metadata and each page's). */
const feedAlternates = (locale: Locale) => ({
  'application/atom+xml': [
    { url: absoluteUrl(routesFor(locale).feed()), title: dictionary(locale).seo.feedTitle(siteFor(locale).name) },
  ],
});

type OpenGraphArticle = {
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: string[];
};

export interface PageMetadataInput {
  /** The page's own title; the root layout's template appends "· site name". */
  title: string;
  description: string;
  /** The page's path, e.g. /speakers/chen-wei: canonical and og:url are built from it. */
  path: string;
  /** The page's preview card; the site's card otherwise. */
  image?: Pick<PreviewCard, 'path' | 'alt'>;
  type?: 'website' | 'article' | 'profile';
  article?: OpenGraphArticle;
  /** The home page's title stands alone, without the site-name suffix. */
  absoluteTitle?: boolean;
  /** The page's edition and its counterpart; by default a Chinese page whose English path is /en + path. */
  edition?: EditionPage;
}

const previewImages = (image: Pick<PreviewCard, 'path' | 'alt'>) => [
  {
    url: absoluteUrl(image.path),
    width: PREVIEW_IMAGE.width,
    height: PREVIEW_IMAGE.height,
    alt: image.alt,
    type: PREVIEW_IMAGE.type,
  },
];

/** Longer titles are cut off in results pages (and the HTML check refuses them), counted as written in HTML. */
const MAX_TITLE = 70;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const htmlLength = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char).length;

function clipTitle(text: string): string {
  let clipped = text;
  while (htmlLength(clipped === text ? text : `${clipped}…`) > MAX_TITLE) clipped = clipped.replace(/\s+\S*$/, '');
  return clipped === text ? text : `${clipped}…`;
}

/** The <title>: with the site's name when it fits, else the page's own title alone, cut at a word if need be. */
function documentTitle(title: string, siteName: string, absolute: boolean): Metadata['title'] {
  if (!absolute && htmlLength(`${title} · ${siteName}`) <= MAX_TITLE) return title;
  return { absolute: clipTitle(title) };
}

/** Keeps only the fields that have a value, so the head never says "undefined". */
const defined = <T extends object>(fields: T) =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;

/**
 * One builder for every page's head: a unique title, the description, a self-referencing absolute
 * canonical URL, Open Graph and Twitter card tags with the page's preview image, and the feed link.
 */
export function pageMetadata({
  title,
  description,
  path,
  edition = editionPage(path, DEFAULT_LOCALE),
  image = siteCard(edition.locale),
  type = 'website',
  article,
  absoluteTitle = false,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = previewImages(image);
  const site = siteFor(edition.locale);
  const shared = { title, description, url, siteName: site.name, ...openGraphLocales(edition), images };
  const languages = languageAlternates(edition);
  return {
    title: documentTitle(title, site.name, absoluteTitle),
    description,
    alternates: {
      canonical: absoluteUrl(canonicalPath(edition)),
      ...(languages ? { languages } : {}),
      types: feedAlternates(edition.locale),
    },
    // An untranslated English page: read by people, its links followed, but the Chinese page is the one indexed.
    ...(isFallback(edition) ? { robots: { index: false, follow: true } } : {}),
    openGraph:
      type === 'article' ? { ...shared, type, ...defined(article ?? {}) } : { ...shared, type },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** An edition's root layout head: what a page without its own metadata (the 404 page) still gets. */
export function rootMetadata(locale: Locale = DEFAULT_LOCALE): Metadata {
  const site = siteFor(locale);
  return {
    metadataBase: new URL(`${site.url}/`),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.tagline,
    alternates: { types: feedAlternates(locale) },
    openGraph: {
      siteName: site.name,
      locale: openGraphLocale[locale],
      type: 'website',
      images: previewImages(siteCard(locale)),
    },
    twitter: { card: 'summary_large_image', images: previewImages(siteCard(locale)) },
  };
}
