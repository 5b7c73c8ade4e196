import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TopicList } from '@/components/ui/topic-list';
import { routes } from '@/lib/routes';

describe('TopicList', () => {
  it('links every topic to the page the store gave it', () => {
    const topics = ['算力', 'AI 芯片', 'GPU'].map((name) => ({ name, url: routes.topic(name) }));
    const html = renderToStaticMarkup(<TopicList topics={topics} />);
    expect(html).toContain('href="/topics/%E7%AE%97%E5%8A%9B"');
    expect(html).toContain('href="/topics/AI%20%E8%8A%AF%E7%89%87"');
    expect(html).toContain('href="/topics/GPU"');
    expect(html).toContain('>AI 芯片</a>');
  });
});
