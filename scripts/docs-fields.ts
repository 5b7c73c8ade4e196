/**
 * npm run docs:fields
 * Regenerates the field tables and the message table in docs/editing.md (Chinese) and docs/content-model.md
 * (English) from the declarations in lib/content/model and the catalogue in lib/i18n/messages.
 * A unit test fails while either document is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOCS_WITH_TABLES, fillGenerated, generatedBlocks } from '../lib/editor/docs-tables';

for (const { path, lang } of DOCS_WITH_TABLES) {
  const before = readFileSync(path, 'utf8');
  const after = fillGenerated(before, generatedBlocks(lang));
  // An unchanged document is not rewritten.
  if (after !== before) writeFileSync(path, after);
  console.log(`${after === before ? '=' : '✓'} ${path}`);
}
