/**
 * Writes each edition's search index as static files under public/search/ and public/en/search/ (build
 * step, after contentlayer and before `next build`, so `npm start` and a static export serve the same
 * files): the manifest at the edition's searchIndex(), and this build's shards and documents in a folder
 * named by their content. Run with NODE_ENV=production to leave drafts out (`npm run dev` runs it without).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentFor } from '@/lib/content';
import { LOCALES } from '@/lib/locales';
import { routesFor } from '@/lib/routes';
import { buildShardedIndex } from '@/lib/search/shards';
import { publishedSearchDocuments } from '@/lib/search/source';

for (const locale of LOCALES) {
  const started = performance.now();
  const manifestPath = join('public', routesFor(locale).searchIndex());
  const folder = dirname(manifestPath);
  const documents = publishedSearchDocuments(contentFor(locale));
  const { manifest, files } = buildShardedIndex(documents);

  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== manifest.base)
      rmSync(join(folder, entry.name), { recursive: true, force: true });
  }
  for (const [path, text] of files) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // Last, so a server never hands out a manifest whose files are not all written.
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `search (${locale}): ${documents.length} documents in ${manifest.keys.length} shards under ${folder}/${manifest.base}, ${seconds} s`,
  );
}
