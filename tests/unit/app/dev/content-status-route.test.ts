import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/dev/content-status/route.dev';
import { refreshDevStatus } from '@/lib/editor/dev-status';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'npcon-dev-route-'));
  cpSync(join(process.cwd(), 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
  vi.spyOn(process, 'cwd').mockReturnValue(root);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

/** The stream's events, parsed, as they arrive. */
function events(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async (): Promise<unknown> => {
    while (!buffer.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value);
    }
    const [event = '', ...rest] = buffer.split('\n\n');
    buffer = rest.join('\n\n');
    return JSON.parse(event.replace(/^data: /, ''));
  };
}

describe('GET /dev/content-status', () => {
  it('streams the current result, then each new one the dev script writes', async () => {
    const abort = new AbortController();
    const response = GET(new Request('http://localhost/dev/content-status', { signal: abort.signal }));
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const next = events(response);
    // Before the first check (plain `next dev`): nothing to show.
    expect(await next()).toBeNull();

    refreshDevStatus(root);
    expect(await next()).toMatchObject({ problems: [] });

    const session = join(root, 'content/events/demo-2024/sessions/second-talk.md');
    writeFileSync(session, readFileSync(session, 'utf8').replace('order: 2', 'order: "2"'));
    refreshDevStatus(root);
    expect(await next()).toMatchObject({ problems: [{ path: 'content/events/demo-2024/sessions/second-talk.md', field: 'order' }] });
    abort.abort();
  });
});

describe('the status route’s reach', () => {
  it('exists for the dev server only: a build knows no `.dev.ts` page extension', async () => {
    const { default: nextConfig } = await import('@/next.config');
    const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = await import('next/constants');
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toContain('dev.ts');
    expect(nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions).not.toContain('dev.ts');
  });
});
