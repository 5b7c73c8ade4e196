import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TopicList } from '@/components/ui/topic-list';

describe('TopicList', () => {
  it('links every topic to the page its model names, in the order given', () => {
    const html = renderToStaticMarkup(
      <TopicList
        topics={[
          { name: '算力', url: '/topics/%E7%AE%97%E5%8A%9B' },
          { name: 'GPU', url: '/topics/GPU' },
        ]}
      />,
    );
    expect(html).toContain('href="/topics/%E7%AE%97%E5%8A%9B"');
    expect(html.indexOf('算力')).toBeLessThan(html.indexOf('GPU'));
  });
});
