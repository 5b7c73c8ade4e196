import { describe, expect, it } from 'vitest';
import { topicDescription } from '@/lib/seo/descriptions';
import { store } from '../../../fixtures/content-store';

describe('topicDescription', () => {
  it('names the topic and the titles of its sessions', () => {
    const topic = store.getTopics()[0]!;
    const sessions = store.getSessionsByTopic(topic.name);
    const description = topicDescription(topic.name, sessions);
    expect(description).toContain(`“${topic.name}”`);
    for (const session of sessions) expect(description).toContain(`《${session.title}》`);
  });

  it('stays within a meta description length however many sessions there are', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ title: `第 ${index + 1} 场很长很长的演讲标题` }));
    expect([...topicDescription('算力', many as never)].length).toBeLessThanOrEqual(161);
  });
});
