import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EventFilters, EventYears } from '@/components/archive/event-archive';
import { EventHero } from '@/components/event/event-hero';
import { SearchResults } from '@/components/search/search-results';
import { Agenda } from '@/components/session/agenda';
import { RelatedSessions } from '@/components/session/related-sessions';
import { SessionArticle } from '@/components/session/session-article';
import { SpeakerGroups } from '@/components/speaker/speaker-index';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { TopicIndex } from '@/components/topic/topic-index';
import { TopicSessions } from '@/components/topic/topic-sessions';
import { dictionary, formatDate, formatList, formatListParts } from '@/lib/i18n';
import { searchDocuments } from '@/lib/search/documents';
import { buildShardedIndex } from '@/lib/search/shards';
import { shardedSearch } from '../lib/search/summit';
import { docs } from '../../fixtures/content-store';
import { enStore } from '../../fixtures/edition-stores';
import { textLanguages } from './support/text-languages';

// Components read the page's language from the request; these render English pages.
vi.mock('@/lib/i18n/request', () => ({
  getLocale: () => 'en',
  getT: () => dictionary('en'),
  getRoutes: () => undefined,
  setRequestLocale: () => undefined,
  getFormat: () => ({
    date: (isoDate: string) => formatDate(isoDate, 'en'),
    list: (items: string[]) => formatList(items, 'en'),
    listParts: (items: string[]) => formatListParts(items, 'en'),
  }),
}));

const HAN = /\p{Script=Han}/u;

/** Every string the Chinese originals hold: text of theirs may stay on an English page even when it is Latin (Owen Zhu, GPU). */
const chineseValues = new Set<string>();
const collect = (value: unknown): void => {
  if (typeof value === 'string') value.split(/[\n·]/).forEach((part) => chineseValues.add(part.trim()));
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(docs);

/**
 * The rule for an English page: Chinese text is marked lang="zh-CN"; what is marked so is Chinese
 * content (Han script, or a value of a Chinese original), never the English interface.
 */
function expectChineseMarkedAndNothingElse(element: ReactElement) {
  const texts = textLanguages(renderToStaticMarkup(element));
  for (const { text, lang } of texts) {
    if (HAN.test(text)) expect(lang, `unmarked Chinese: ${text}`).toBe('zh-CN');
    if (lang === 'zh-CN') expect(HAN.test(text) || chineseValues.has(text), `English marked as Chinese: ${text}`).toBe(true);
  }
  return texts;
}

const marked = (texts: { text: string; lang?: string }[]) => texts.filter(({ lang }) => lang === 'zh-CN').map(({ text }) => text);

describe('Chinese text of untranslated documents on English pages', () => {
  const event = enStore.getEventPage('demo-2024')!.event;
  const keynote = enStore.getSessionPage('demo-2024', 'keynote')!;
  const panel = enStore.getSessionPage('demo-2024', 'panel')!;

  it('agenda cards: the untranslated roundtable, its untranslated people, and fields a translation left out', () => {
    const texts = expectChineseMarkedAndNothingElse(<Agenda sessions={event.sessions} />);
    expect(marked(texts)).toEqual(expect.arrayContaining(['圆桌标题', '一句话观点', '圆桌摘要。', 'Owen Zhu', '千芯科技']));
    // The translated keynote's title and the translated speaker's name stay unmarked.
    expect(texts).toContainEqual({ text: 'Keynote title' });
    expect(texts).toContainEqual({ text: 'Chen Wei' });
  });

  it('the event header: a translation that leaves venue, theme and organizers to the original', () => {
    const texts = expectChineseMarkedAndNothingElse(<EventHero event={event} />);
    expect(marked(texts)).toEqual(expect.arrayContaining(['北京格兰云天大酒店', '主题', '《新程序员》']));
    expect(texts).toContainEqual({ text: 'Demo Summit' });
  });

  it('a session page: topics, related sessions and their reasons, pager, people and quotes', () => {
    const texts = expectChineseMarkedAndNothingElse(<SessionArticle page={keynote} />);
    expect(marked(texts)).toEqual(expect.arrayContaining(['GPU', '圆桌标题']));
    expectChineseMarkedAndNothingElse(<SessionArticle page={panel} />);
    expectChineseMarkedAndNothingElse(<RelatedSessions related={keynote.related} />);
  });

  it('speakers grouped by initial, a speaker page and its sessions', () => {
    const texts = expectChineseMarkedAndNothingElse(<SpeakerGroups groups={enStore.getSpeakersPage()!.groups} />);
    expect(marked(texts)).toEqual(expect.arrayContaining(['Owen Zhu', '浪潮信息', 'AI 架构师']));
    expectChineseMarkedAndNothingElse(<SpeakerProfile speaker={enStore.getSpeakerPage('chen-wei')!.speaker} />);
    expectChineseMarkedAndNothingElse(<SpeakerProfile speaker={enStore.getSpeakerPage('owen-zhu')!.speaker} />);
  });

  it('topic lists and a topic page, the event archive with its filters', () => {
    const topics = expectChineseMarkedAndNothingElse(<TopicIndex topics={enStore.getTopicsPage().topics} />);
    expect(marked(topics)).toEqual(expect.arrayContaining(['GPU', '开源']));
    expect(topics).toContainEqual({ text: 'Compute' });
    expectChineseMarkedAndNothingElse(<TopicSessions groups={enStore.getTopicPage('开源')!.groups} />);
    const archive = enStore.getEventsPage()!;
    expectChineseMarkedAndNothingElse(
      <>
        <EventFilters filters={archive.filters} />
        <EventYears years={archive.years} />
      </>,
    );
  });

  it('search results: an untranslated session found in the English index by its Chinese words, its title marked', async () => {
    const documents = searchDocuments({
      sessions: enStore.getSessions(),
      speakers: enStore.getSpeakers().map((speaker) => enStore.getSpeaker(speaker.slug)!),
      topics: enStore.getTopics(),
    });
    // Through the files the browser reads, so the languages survive the shards.
    const hits = await shardedSearch(buildShardedIndex(documents)).searcher.search('圆桌');
    expect(hits.map((hit) => hit.url)).toContain('/en/events/demo-2024/sessions/panel');
    const texts = expectChineseMarkedAndNothingElse(<SearchResults hits={hits} locale="en" onKeyDown={() => undefined} />);
    expect(marked(texts).join('')).toContain('圆桌标题');
    // The line under the title is the English interface's.
    expect(texts.map(({ text }) => text)).toContainEqual(expect.stringMatching(/^Roundtable · Demo Summit$/));
  });
});
