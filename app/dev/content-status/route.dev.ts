import { mkdirSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEV_STATUS_FILE, readDevStatusText } from '@/lib/editor/dev-status-file';

/**
 * `npm run dev` only (next.config.ts adds the `.dev.ts` page extension in development, so a build has no
 * such route): the content check's result as a stream of server-sent events, one whenever
 * scripts/dev.ts writes a new result. The page's banner listens; nothing polls.
 */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const root = process.cwd();
  const folder = dirname(join(root, DEV_STATUS_FILE));
  mkdirSync(folder, { recursive: true });
  const encoder = new TextEncoder();
  let watcher: ReturnType<typeof watch> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent: string | undefined;
      // `null` when no check runs (plain `next dev`): the banner then shows nothing.
      const send = () => {
        const text = readDevStatusText(root) ?? 'null';
        if (text === sent) return;
        sent = text;
        controller.enqueue(encoder.encode(`data: ${text}\n\n`));
      };
      send();
      // The check writes by renaming a finished file into place: a directory event per new result.
      watcher = watch(folder, send);
      request.signal.addEventListener('abort', () => {
        watcher?.close();
        controller.close();
      });
    },
    cancel() {
      watcher?.close();
    },
  });
  return new Response(stream, {
    // no-transform: the dev server's compression would otherwise hold events back.
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform' },
  });
}
