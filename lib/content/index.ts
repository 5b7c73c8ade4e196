import { allEvents, allSessions, allSpeakers } from 'contentlayer/generated';
import { createContentStore } from './store';

// The only importer of contentlayer's output. Drafts show in `npm run dev`, never in a production build.
const store = createContentStore(
  { events: allEvents, sessions: allSessions, speakers: allSpeakers },
  { includeDrafts: process.env.NODE_ENV !== 'production' },
);

export const {
  getEvents,
  getLatestEvent,
  getEvent,
  getSession,
  getSessions,
  getSpeakers,
  getSpeaker,
  getSessionsBySpeaker,
  getTopics,
  getSessionsByTopic,
} = store;

export type * from './types';
