import type { Metadata } from 'next';
import { site } from '../site';

interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
}

/** One builder for every page's head: title, description and a self-referencing canonical URL. */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
  };
}

export const rootMetadata: Metadata = {
  metadataBase: new URL(`${site.url}/`),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
};
