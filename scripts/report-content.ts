/**
 * npm run report:content [-- --json] [-- --root <dir>]
 * What the published content still lacks: per session takeaways, quotes, topics, video, slides;
 * per speaker a biography and a portrait; sessions per event by kind; which documents have no English
 * translation, or one older than the original (lib/editor/translation-status.ts). Reads only.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCompleteness } from '../lib/editor/report';
import { renderCompletenessReport } from '../lib/editor/report-table';
import { renderTranslationStatus, translationStatus } from '../lib/editor/translation-status';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, root: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const report = contentCompleteness(root);
const translations = translationStatus(root);
console.log(
  values.json
    ? JSON.stringify({ ...report, translations }, null, 2)
    : [...renderCompletenessReport(report), '', ...renderTranslationStatus(translations)].join('\n'),
);
