import { describe, expect, it } from 'vitest';
import {
  eventCard,
  homeCard,
  previewImagePath,
  sessionCard,
  siteCard,
  speakerCard,
} from '@/lib/seo/preview-cards';
import { store } from '../../../fixtures/content-store';

describe('preview cards', () => {
  it('mirror the page path under /og', () => {
    expect(previewImagePath('/')).toBe('/og/index.png');
    expect(previewImagePath('/speakers/chen-wei')).toBe('/og/speakers/chen-wei.png');
  });

  it("show a session's kind, title, people with their organization, and its event", () => {
    const card = sessionCard(store.getSession('demo-2024', 'panel')!);
    expect(card).toMatchObject({
      kicker: '圆桌对话',
      title: '圆桌标题',
      subtitle: '一句话观点',
      footer: '演示峰会 · 2024年5月18日 · 北京 · 北京格兰云天大酒店',
    });
    expect(card.people.map((person) => [person.name, person.detail])).toEqual([
      ['主持人', '主持 · CSDN · 圆桌主持'],
      ['陈巍', '千芯科技 · 董事长'],
      ['Owen Zhu', '浪潮信息 · AI 架构师'],
    ]);
    expect(card.alt).toBe(
      '圆桌标题。一句话观点。主持人、陈巍和Owen Zhu。演示峰会 · 2024年5月18日 · 北京 · 北京格兰云天大酒店',
    );
  });

  it("show a speaker's name, role and sessions", () => {
    const card = speakerCard(store.getSpeaker('chen-wei')!);
    expect(card).toMatchObject({
      title: '陈巍',
      subtitle: '千芯科技 · 董事长',
      portrait: { slug: 'chen-wei' },
    });
    expect(card.items).toEqual(['《主旨演讲标题》', '《圆桌标题》']);
  });

  it('show the event with its speakers, and fall back to the site card without one', () => {
    const event = store.getEvent('demo-2024')!;
    expect(eventCard(event).people.map((person) => person.name)).toEqual([
      '陈巍',
      '主持人',
      'Owen Zhu',
    ]);
    expect(homeCard(undefined)).toMatchObject({ path: '/og/index.png', title: siteCard().title });
  });
});
