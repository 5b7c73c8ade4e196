import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';

// Heading ids come from rehype-slug (text only), so they need no clobber prefix to stay safe;
// keeping them unprefixed gives editors and readers stable #anchors.
export const sanitizeSchema: SanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/** The one Markdown pipeline for every body; sanitizing runs last so nothing a plugin adds escapes it. */
export const markdownOptions: { remarkPlugins: PluggableList; rehypePlugins: PluggableList } = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, [rehypeSanitize, sanitizeSchema]],
};
