import {
  allEvents,
  allEventTranslations,
  allSessions,
  allSessionTranslations,
  allSpeakers,
  allSpeakerTranslations,
} from 'contentlayer/generated';
import type { Locale } from '../locales';
import { editionDocs, type TranslationDocs } from './editions';
import { createContentStore, type ContentStore } from './store';
import { readTopicDictionary, topicTranslator } from './topics';

// The only importer of contentlayer's output. Drafts show in `npm run dev`, never in a production build.
const includeDrafts = process.env.NODE_ENV !== 'production';
const originals = { events: allEvents, sessions: allSessions, speakers: allSpeakers };
const translations: TranslationDocs = {
  events: allEventTranslations,
  sessions: allSessionTranslations,
  speakers: allSpeakerTranslations,
};
// The topic dictionary is not a contentlayer document; the check has validated it before a build.
const topics = topicTranslator(
  readTopicDictionary(process.cwd()).entries,
  allSessions.flatMap((session) => session.topics),
);
/** A topic by its Chinese name: its URL segment in each edition, and the language of its English name. */
const topicEditions = (zh: string) => ({
  nameLocale: (topics.isTranslated(zh) ? 'en' : 'zh-CN') as Locale,
  segments: { 'zh-CN': zh, en: topics.segment(zh, 'en') },
});
// English documents carry the English names; an untranslated topic keeps its Chinese one.
const chineseTopicOf = new Map(allSessions.flatMap((session) => session.topics).map((zh) => [topics.name(zh, 'en'), zh]));

const stores: Record<Locale, ContentStore> = {
  'zh-CN': createContentStore(editionDocs(originals, translations, topics, 'zh-CN'), {
    includeDrafts,
    topicEditions: (zh) => ({ ...topicEditions(zh), nameLocale: 'zh-CN' }),
  }),
  en: createContentStore(editionDocs(originals, translations, topics, 'en'), {
    includeDrafts,
    locale: 'en',
    topicEditions: (name) => topicEditions(chineseTopicOf.get(name) ?? name),
  }),
};

/** The content of one edition: its page getters and lists. The Chinese edition's are also exported flat. */
export const contentFor = (locale: Locale): ContentStore => stores[locale];

/** Every query of the Chinese edition as one object: what lib/pages builds its page models from. */
export const content = stores['zh-CN'];

/** Lists and single documents, for static params, the feed, the sitemap, search and preview images. */
export const {
  getEvents,
  getLatestEvent,
  getEvent,
  getSession,
  getSessions,
  getSpeakers,
  getSpeaker,
  getTopics,
  getSessionsByTopic,
} = stores['zh-CN'];

export type * from './types';
