import { allEvents, allSessions, allSpeakers } from 'contentlayer/generated';
import { createContentStore, type ContentDocs } from '@/lib/content/store';
import { buildSearchIndex, loadSearchIndex } from '@/lib/search/engine';
import { publishedSearchDocuments } from '@/lib/search/source';

/** The summit's published content, as the production build sees it (run `contentlayer2 build` first). */
export const summit = createContentStore(
  {
    events: allEvents as unknown as ContentDocs['events'],
    sessions: allSessions as unknown as ContentDocs['sessions'],
    speakers: allSpeakers as unknown as ContentDocs['speakers'],
  },
  { includeDrafts: false },
);

export const summitDocuments = publishedSearchDocuments(summit);

/** Built, serialized and loaded again, exactly as the browser receives it. */
export const summitSearch = loadSearchIndex(
  JSON.parse(JSON.stringify(buildSearchIndex(summitDocuments))),
);

const SESSIONS = '/events/npcon-2023-beijing/sessions/';
export const urls = {
  meituan: `${SESSIONS}meituan-vision-gpu-inference-architecture`,
  chips: `${SESSIONS}llm-deployment-training-architecture-chips`,
  inscode: `${SESSIONS}inscode-everyone-is-a-developer`,
  agents: `${SESSIONS}agents-planning-memory-prompt-first`,
  compute: `${SESSIONS}ai-large-model-compute-systems`,
  roundtable: `${SESSIONS}roundtable-new-paradigm-developer-skills`,
  zhengShuliang: '/speakers/zheng-shuliang',
} as const;
