import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList, Processor } from 'unified';
import { visit } from 'unist-util-visit';

/** What external links carry: the new page gets no handle on ours and no referrer. */
export const EXTERNAL_LINK_REL = ['noopener', 'noreferrer'] as const;

// Heading ids come from rehype-slug (text only), so they need no clobber prefix to stay safe;
// keeping them unprefixed gives editors and readers stable #anchors. `rel` is allowed only with
// the values rehype-external-links writes. Everything else is GitHub's schema: no script, iframe,
// style or on* attribute, and only http(s)/mailto-like URLs (no javascript: or data:).
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['rel', ...EXTERNAL_LINK_REL]],
  },
};

/**
 * A heading titled "__next_f" would get that id and, through named access on window, break the
 * framework's own bootstrap globals; ids the framework could use get a prefix instead.
 */
function rehypeSafeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id === 'string' && id.startsWith('_')) node.properties.id = `h${id}`;
    });
  };
}

/** The plugins between Markdown and HTML; the sanitizer runs last so nothing a plugin adds escapes it. */
export const rehypePlugins: PluggableList = [
  rehypeSlug,
  rehypeSafeHeadingIds,
  [rehypeExternalLinks, { rel: [...EXTERNAL_LINK_REL] }],
  [rehypeSanitize, sanitizeSchema],
];

/**
 * The one Markdown pipeline for every body and bio, handed to contentlayer as its builder
 * (contentlayer.config.ts) and used as-is by the tests. Raw HTML in Markdown is dropped by
 * remark-rehype (no allowDangerousHtml); the sanitizer is the second wall behind that.
 */
export function markdownPipeline(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify);
}
