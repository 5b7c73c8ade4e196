/**
 * npm run check:html [-- <dir>] — every built page (default out/) is valid HTML by html-validate's
 * recommended rules (.htmlvalidate.json). Switched off there: the rules about how valid markup is
 * spelled that React decides (`<meta/>`, `async=""`, `charSet`), and `valid-id` is relaxed to HTML's
 * own rule (the framework's `id="_R_"` is a valid id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFilesUnder } from '../lib/security/page-hashes';

const dir = process.argv[2] ?? 'out';
const files = htmlFilesUnder(dir).map((file) => join(dir, file));
if (files.length === 0) {
  console.error(`✗ no HTML under ${dir}/: run \`npm run build:static\` first`);
  process.exit(1);
}
// The project's config for every file, wherever the folder is (a file's own folder may have none).
const config = { ...JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')), root: true };
const validator = new HtmlValidate(new FileSystemConfigLoader(config));
const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
const invalid = reports.filter((report) => !report.valid);
if (invalid.length > 0) {
  const text = formatterFactory('text');
  for (const report of invalid) console.error(text(report.results));
  const errors = invalid.reduce((sum, report) => sum + report.errorCount, 0);
  console.error(`✗ ${errors} HTML errors in ${invalid.length} of ${files.length} pages`);
  process.exit(1);
}
console.log(`✓ ${files.length} pages are valid HTML`);
