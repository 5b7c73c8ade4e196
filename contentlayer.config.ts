import { makeSource } from 'contentlayer2/source-files';
import { Event } from './lib/content/schema/event';
import { Session } from './lib/content/schema/session';
import { Speaker } from './lib/content/schema/speaker';
import { markdownPipeline } from './lib/content/markdown';

export default makeSource({
  contentDirPath: 'content',
  contentDirExclude: ['README.md'],
  documentTypes: [Event, Session, Speaker],
  markdown: markdownPipeline,
  // contentlayer2 would otherwise skip a bad document and exit 0.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
