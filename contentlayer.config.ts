import { makeSource } from 'contentlayer2/source-files';
import { markdownPipeline } from './lib/content/markdown';
import { documentTypes } from './lib/content/model/contentlayer';

export default makeSource({
  contentDirPath: 'content',
  // For people, and the topic dictionary (read by the site directly, not a document).
  contentDirExclude: ['README.md', 'topics.yml'],
  documentTypes,
  markdown: markdownPipeline,
  // contentlayer2 would otherwise skip a bad document and exit 0.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
