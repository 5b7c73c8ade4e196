import type { ContentStore } from '../content/store';
import { searchDocuments } from './documents';
import type { SearchDocument } from './types';

type Getters = Pick<ContentStore, 'getSessions' | 'getSpeaker' | 'getSpeakers' | 'getTopics'>;

/** The published site as search documents, read from the content store at build time. */
export function publishedSearchDocuments(content: Getters): SearchDocument[] {
  const speakers = content
    .getSpeakers()
    .map((speaker) => content.getSpeaker(speaker.slug))
    .filter((speaker) => speaker !== undefined);
  return searchDocuments({
    sessions: content.getSessions(),
    speakers,
    topics: content.getTopics(),
  });
}
