import { defineDocumentType } from 'contentlayer2/source-files';

/** content/events/<event>/index.md — see content/README.md for the editors' field table. */
export const Event = defineDocumentType(() => ({
  name: 'Event',
  filePathPattern: 'events/*/index.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    series: { type: 'string', required: true },
    city: { type: 'string', required: true },
    venue: { type: 'string' },
    date: { type: 'date', required: true },
    theme: { type: 'string' },
    organizers: { type: 'list', of: { type: 'string' }, required: true },
    summary: { type: 'string', required: true },
    timezone: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/')[1] ?? '' },
  },
}));
