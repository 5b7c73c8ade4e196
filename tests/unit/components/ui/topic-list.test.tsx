import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TopicList } from '@/components/ui/topic-list';

describe('TopicList', () => {
  it('links every topic to its page, with the Chinese name percent-encoded', () => {
    const html = renderToStaticMarkup(<TopicList topics={['算力', 'AI 芯片', 'GPU']} />);
    expect(html).toContain('href="/topics/%E7%AE%97%E5%8A%9B"');
    expect(html).toContain('href="/topics/AI%20%E8%8A%AF%E7%89%87"');
    expect(html).toContain('href="/topics/GPU"');
  });
});
