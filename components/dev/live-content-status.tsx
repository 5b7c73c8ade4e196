'use client';

import { useEffect, useState } from 'react';
import type { DevContentStatus } from '@/lib/editor/dev-status';
import { ContentStatusView } from './content-status-view';

/** Served by app/dev/content-status/route.dev.ts while `npm run dev` runs. */
const STATUS_STREAM = '/dev/content-status';

/** Listens to the content check's results; EventSource reconnects by itself when the dev server restarts. */
export function LiveContentStatus() {
  const [status, setStatus] = useState<DevContentStatus | null>(null);
  useEffect(() => {
    const source = new EventSource(STATUS_STREAM);
    source.onmessage = (event: MessageEvent<string>) => setStatus(JSON.parse(event.data) as DevContentStatus | null);
    return () => source.close();
  }, []);
  return status ? <ContentStatusView status={status} /> : null;
}
