import { allEvents, allSessions, allSpeakers } from 'contentlayer/generated';
import { createContentStore, type ContentDocs } from '@/lib/content/store';
import { openSearchIndex } from '@/lib/search/sharded';
import { buildShardedIndex } from '@/lib/search/shards';
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

/** Built as files and read back through JSON, as the browser receives them; `reads` lists what was read. */
export function shardedSearch(files = buildShardedIndex(summitDocuments)) {
  const reads: string[] = [];
  const searcher = openSearchIndex(JSON.parse(JSON.stringify(files.manifest)), async (path) => {
    reads.push(path);
    const text = files.files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text);
  });
  return { searcher, reads, files };
}

export const summitSearch = shardedSearch().searcher;

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
