/**
 * Writes the search index as static files under public/search/ (build step, after contentlayer and
 * before `next build`, so `npm start` and a static export serve the same files): the manifest at
 * routes.searchIndex(), and this build's shards and documents in a folder named by their content.
 * Run with NODE_ENV=production to leave drafts out (`npm run dev` runs it without).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getSessions, getSpeaker, getSpeakers, getTopics } from '@/lib/content';
import { routes } from '@/lib/routes';
import { buildShardedIndex } from '@/lib/search/shards';
import { publishedSearchDocuments } from '@/lib/search/source';

const started = performance.now();
const manifestPath = join('public', routes.searchIndex());
const folder = dirname(manifestPath);
const documents = publishedSearchDocuments({ getSessions, getSpeaker, getSpeakers, getTopics });
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
  `search: ${documents.length} documents in ${manifest.keys.length} shards under ${folder}/${manifest.base}, ${seconds} s`,
);
