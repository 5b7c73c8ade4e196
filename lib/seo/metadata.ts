import type { Metadata } from 'next';
import { locale, t } from '../i18n';
import { routes } from '../routes';
import { absoluteUrl, site } from '../site';
import { PREVIEW_IMAGE, siteCard, type PreviewCard } from './preview-cards';

/** Open Graph spells the page locale with an underscore: zh-CN → zh_CN. */
export const openGraphLocale = locale.replace('-', '_');

/** The feed, announced in every page's head (the root layout's metadata and each page's). */
const feedAlternates = {
  'application/atom+xml': [{ url: absoluteUrl(routes.feed()), title: t.seo.feedTitle(site.name) }],
};

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
  image = siteCard(),
  type = 'website',
  article,
  absoluteTitle = false,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = previewImages(image);
  const shared = { title, description, url, siteName: site.name, locale: openGraphLocale, images };
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, types: feedAlternates },
    openGraph:
      type === 'article' ? { ...shared, type, ...defined(article ?? {}) } : { ...shared, type },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** The root layout's head: what a page without its own metadata (the 404 page) still gets. */
export const rootMetadata: Metadata = {
  metadataBase: new URL(`${site.url}/`),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
  alternates: { types: feedAlternates },
  openGraph: {
    siteName: site.name,
    locale: openGraphLocale,
    type: 'website',
    images: previewImages(siteCard()),
  },
  twitter: { card: 'summary_large_image', images: previewImages(siteCard()) },
};
