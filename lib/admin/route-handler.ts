import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRouteHandler } from '@keystatic/next/route-handler';
import { readAdminCatalog } from './catalog';
import { adminConfig, entryShape, modelForPath } from './config';
import { mergeEntry, servedToAdmin } from './merge-entry';

// Keystatic's local-mode API (tree, blob, update), with three changes: a saved entry is merged into the
// file on disk (mergeEntry) instead of replacing it with Keystatic's re-serialized text, a file is served
// without its byte-order mark (servedToAdmin), and translations (*.en.md) are kept out of the file tree
// the originals' collections list.

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const isTranslation = (path: string) => path.endsWith('.en.md');

async function readExisting(root: string, path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(join(root, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The additions as they should reach the disk: entries merged into their file, or into the one a rename deletes. */
async function mergeAdditions(root: string, update: Update): Promise<Update> {
  const additions = await Promise.all(
    update.additions.map(async (addition) => {
      const model = modelForPath(addition.path);
      if (!model || isTranslation(addition.path)) return addition;
      // A renamed entry arrives as a new path plus the old one deleted: its base is the old file.
      const renamedFrom = update.deletions.find((deletion) => modelForPath(deletion.path) === model)?.path;
      const original = (await readExisting(root, addition.path)) ?? (renamedFrom ? await readExisting(root, renamedFrom) : undefined);
      const merged = mergeEntry(original, Buffer.from(addition.contents, 'base64url'), entryShape(model));
      return { path: addition.path, contents: Buffer.from(merged).toString('base64url') };
    }),
  );
  return { ...update, additions };
}

/** Drops translations from a tree listing (the JSON Keystatic answers `tree` and `update` with). */
async function withoutTranslations(response: Response): Promise<Response> {
  if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return response;
  const entries = (await response.json()) as { path: string }[];
  return Response.json(entries.filter((entry) => !isTranslation(entry.path)), { status: response.status });
}

/** The route's handler; the collections are built per request, so a new event's sessions appear on reload. */
export function adminRouteHandler(root: string) {
  const handle = async (request: Request): Promise<Response> => {
    const handler = makeRouteHandler({ config: adminConfig(readAdminCatalog(root)) });
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path.endsWith('/update')) {
      let update: Update;
      try {
        update = (await request.json()) as Update;
      } catch {
        return new Response('Bad data', { status: 400 });
      }
      const merged = await mergeAdditions(root, update);
      request = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(merged) });
      return withoutTranslations(await handler.POST(request));
    }
    const response = await handler.GET(request);
    if (path.endsWith('/tree')) return withoutTranslations(response);
    if (!response.ok || !path.includes('/api/keystatic/blob/')) return response;
    const served = servedToAdmin(new Uint8Array(await response.arrayBuffer()));
    return new Response(served as Uint8Array<ArrayBuffer>, { status: response.status, headers: response.headers });
  };
  return { GET: handle, POST: handle };
}
