import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createContentStore, type ContentDocs } from '../../lib/content/store';

/** The production content store, for scripts run outside Next (run `contentlayer2 build` first). */
export async function loadPublishedContent() {
  const generated = pathToFileURL(resolve('.contentlayer/generated/index.mjs')).href;
  const { allEvents, allSessions, allSpeakers } = (await import(generated)) as {
    allEvents: ContentDocs['events'];
    allSessions: ContentDocs['sessions'];
    allSpeakers: ContentDocs['speakers'];
  };
  return createContentStore(
    { events: allEvents, sessions: allSessions, speakers: allSpeakers },
    { includeDrafts: false },
  );
}
