import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files';

/** A person's words (quote) or stance (position), attributed by speaker slug. */
const Attributed = (name: string) =>
  defineNestedType(() => ({
    name,
    fields: {
      speaker: { type: 'string', required: true },
      text: { type: 'string', required: true },
    },
  }));

export const Quote = Attributed('Quote');
export const Position = Attributed('Position');

/** content/events/<event>/sessions/<session>.md — the folder names its event. */
export const Session = defineDocumentType(() => ({
  name: 'Session',
  filePathPattern: 'events/*/sessions/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    kind: { type: 'enum', options: ['keynote', 'talk', 'lightning', 'roundtable'], required: true },
    order: { type: 'number', required: true },
    speakers: { type: 'list', of: { type: 'string' } },
    moderator: { type: 'string' },
    panelists: { type: 'list', of: { type: 'string' } },
    headline: { type: 'string' },
    summary: { type: 'string', required: true },
    topics: { type: 'list', of: { type: 'string' }, required: true },
    takeaways: { type: 'list', of: { type: 'string' } },
    quotes: { type: 'list', of: Quote },
    positions: { type: 'list', of: Position },
    slides: { type: 'string' },
    video: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
    event: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/')[1] ?? '' },
  },
}));
