/**
 * npm run report:content [-- --json] [-- --root <dir>]
 * What the published content still lacks: per session takeaways, quotes, topics, video, slides;
 * per speaker a biography and a portrait; sessions per event by kind. Reads only.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCompleteness } from '../lib/editor/report';
import { renderCompletenessReport } from '../lib/editor/report-table';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, root: { type: 'string' } } });
const report = contentCompleteness(resolve(values.root ?? '.'));
console.log(values.json ? JSON.stringify(report, null, 2) : renderCompletenessReport(report).join('\n'));
