import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files';

const Link = defineNestedType(() => ({
  name: 'Link',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}));

/** content/speakers/<speaker>.md — shared by all events. */
export const Speaker = defineDocumentType(() => ({
  name: 'Speaker',
  filePathPattern: 'speakers/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true },
    organization: { type: 'string', required: true },
    avatar: { type: 'string' },
    links: { type: 'list', of: Link },
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));
