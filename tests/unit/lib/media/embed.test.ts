import { describe, expect, it } from 'vitest';
import { materialLink, recordingOf } from '@/lib/media/embed';

describe('recordingOf', () => {
  it.each([
    ['https://www.bilibili.com/video/BV1GJ411x7h7', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=1'],
    ['https://www.bilibili.com/video/BV1GJ411x7h7/?p=2&spm_id_from=x', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&p=2&autoplay=1'],
    ['https://m.bilibili.com/video/av170001', 'bilibili', 'https://player.bilibili.com/player.html?aid=170001&autoplay=1'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?autoplay=1'],
    ['https://vimeo.com/76979871/abc123def0', 'vimeo', 'https://player.vimeo.com/video/76979871?h=abc123def0&autoplay=1'],
  ])('embeds %s with the host’s player', (url, provider, src) => {
    expect(recordingOf(url)).toEqual({ url, host: new URL(url).hostname.replace(/^www\./, ''), embed: { provider, src, origin: new URL(src).origin } });
  });

  it.each([
    'https://media.example.org/recordings/talk.mp4',
    'https://www.bilibili.com/bangumi/play/ep1',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
    'https://b23.tv/abcdef',
  ])('leaves %s a plain link with its host named', (url) => {
    const recording = recordingOf(url);
    expect(recording.embed).toBeUndefined();
    expect(recording).toEqual(materialLink(url));
    expect(recording.host).toBe(new URL(url).hostname.replace(/^www\./, ''));
  });
});
