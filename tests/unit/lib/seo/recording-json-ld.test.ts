import { describe, expect, it } from 'vitest';
import type { SessionView } from '@/lib/content/types';
import { sessionGraph } from '@/lib/seo/json-ld';
import { recordingsStore } from '../../../fixtures/recordings/store';

const nodes = (slug: string) => {
  const session = recordingsStore().getSession('fixture-berlin-2024', slug) as SessionView;
  return (sessionGraph(session, () => undefined) as unknown as { '@graph': Record<string, unknown>[] })['@graph'];
};
const byType = (graph: Record<string, unknown>[], type: string) => graph.find((node) => node['@type'] === type);

describe('a session’s recording and slides in JSON-LD', () => {
  it('describes a Bilibili recording as a VideoObject with its player, recorded at the session', () => {
    const graph = nodes('bilibili-recording');
    const video = byType(graph, 'VideoObject');
    const session = byType(graph, 'Event');
    expect(video).toMatchObject({
      url: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      embedUrl: 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=1',
      recordedAt: { '@id': session?.['@id'] },
    });
    expect(video).not.toHaveProperty('thumbnailUrl');
    expect(byType(graph, 'Article')).toMatchObject({
      video: { '@id': video?.['@id'] },
      citation: { '@type': 'PresentationDigitalDocument', url: 'https://speakerdeck.com/example/fixture-slides' },
    });
    expect(session).toMatchObject({ startDate: '2024-03-31T07:00:00.000Z', endDate: '2024-03-31T07:45:00.000Z' });
  });

  it('gives a recording on another host no embedUrl, and a session without material neither node', () => {
    expect(byType(nodes('other-host-recording'), 'VideoObject')).not.toHaveProperty('embedUrl');
    const plain = nodes('before-the-change');
    expect(byType(plain, 'VideoObject')).toBeUndefined();
    expect(byType(plain, 'Article')).not.toHaveProperty('citation');
  });
});
