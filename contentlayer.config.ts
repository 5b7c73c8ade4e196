import { makeSource } from 'contentlayer2/source-remote-files';
import { markdownPipeline } from './lib/content/markdown';
import { documentTypes } from './lib/content/model/contentlayer';
import { NORMALIZED_CONTENT_DIR, syncNormalizedContent } from './lib/content/normalized-content';
import { formatProblem, messagesFor } from './lib/i18n/messages';

// contentlayer reads a copy of content/ decoded as the content check decodes it (CRLF and a
// byte-order mark normalized, unreadable files refused): lib/content/normalized-content.ts says why.
const source = makeSource({
  contentDirPath: NORMALIZED_CONTENT_DIR,
  // Unreadable files are worded as the check words them, in the editor's language.
  syncFiles: (copyDir) =>
    syncNormalizedContent(copyDir, (problems) => ({
      lines: problems.map((problem) => formatProblem(problem)),
      verdict: messagesFor().check.unreadable(problems.length),
    })),
  // For people, and the topic dictionary (read by the site directly, not a document).
  contentDirExclude: ['README.md', 'topics.yml'],
  documentTypes,
  markdown: markdownPipeline,
  // contentlayer2 would otherwise skip a bad document and exit 0.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});

// The remote-files source reads the copy with the local file source, so documents carry the local
// source's `_raw` (sourceFilePath…); saying so keeps those fields typed in contentlayer/generated.
const localSource = async (sourceKey: string | undefined) => ({ ...(await source(sourceKey)), type: 'local' });

export default localSource;
