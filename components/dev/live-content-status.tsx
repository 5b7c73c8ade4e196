'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { DevContentStatus } from '@/lib/editor/dev-status-file';

/** Served by app/dev/content-status/route.dev.ts while `npm run dev` runs. */
const STATUS_STREAM = '/dev/content-status';

// Loaded when a result arrives: a production page never renders this component, and with a static
// import its bundle would still carry the view and the UI dictionary on every page.
const ContentStatusView = lazy(() => import('./content-status-view').then(({ ContentStatusView: View }) => ({ default: View })));

/** Listens to the content check's results; EventSource reconnects by itself when the dev server restarts. */
export function LiveContentStatus() {
  const [status, setStatus] = useState<DevContentStatus | null>(null);
  useEffect(() => {
    const source = new EventSource(STATUS_STREAM);
    source.onmessage = (event: MessageEvent<string>) => setStatus(JSON.parse(event.data) as DevContentStatus | null);
    return () => source.close();
  }, []);
  return status ? (
    <Suspense fallback={null}>
      <ContentStatusView status={status} />
    </Suspense>
  ) : null;
}
