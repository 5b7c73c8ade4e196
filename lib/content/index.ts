import { allEvents, allSessions, allSpeakers } from 'contentlayer/generated';
import { createContentStore } from './store';

// The only importer of contentlayer's output. Drafts show in `npm run dev`, never in a production build.
const store = createContentStore(
  { events: allEvents, sessions: allSessions, speakers: allSpeakers },
  { includeDrafts: process.env.NODE_ENV !== 'production' },
);

/** Every query as one object: what lib/pages builds the page models from. */
export const content = store;

/** Lists and single documents, for static params, the feed, the sitemap, search and preview images. */
export const {
  getEvents,
  getLatestEvent,
  getEvent,
  getSession,
  getSessions,
  getSpeakers,
  getSpeaker,
  getTopics,
  getSessionsByTopic,
} = store;

export type * from './types';
