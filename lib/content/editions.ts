import type { Locale } from '../locales';
import type {
  ContentDocs,
  EventDocument as EventDoc,
  SessionDocument as SessionDoc,
  SpeakerDocument as SpeakerDoc,
} from './store';
import type { TopicTranslator } from './topics';

// The English edition's documents: each original with its translation's fields laid over it.
// Structural fields (kind, order, people, dates, links) always come from the original.

interface TranslationDoc {
  _raw: { sourceFilePath: string };
  body: { raw: string; html: string };
  slug: string;
}
export interface TranslationDocs {
  events: (TranslationDoc & Partial<Pick<EventDoc, 'title' | 'city' | 'venue' | 'theme' | 'organizers' | 'summary'>>)[];
  sessions: (TranslationDoc & { event: string } & Partial<
    Pick<SessionDoc, 'title' | 'headline' | 'summary' | 'takeaways' | 'quotes' | 'positions'>
  >)[];
  speakers: (TranslationDoc & Partial<Pick<SpeakerDoc, 'name' | 'role' | 'organization'>>)[];
}

const sessionKey = (doc: { event: string; slug: string }) => `${doc.event}/${doc.slug}`;

/**
 * Keeps the translation's values that are set (a translation may leave a field to the original), and
 * names the fields whose Chinese text stays on the English page, so that text is marked as Chinese.
 */
function overlay<T extends object>(original: T, translation: object | undefined, keys: readonly (keyof T)[]): T {
  if (!translation) return original;
  const values = translation as Partial<T>;
  const picked = Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
  const originalFields = keys.filter((key) => values[key] === undefined && original[key] !== undefined).map(String);
  return { ...original, ...picked, ...(originalFields.length > 0 ? { originalFields } : {}) };
}

function pairs(docs: ContentDocs, translations: TranslationDocs) {
  const events = new Map(translations.events.map((doc) => [doc.slug, doc]));
  const sessions = new Map(translations.sessions.map((doc) => [sessionKey(doc), doc]));
  const speakers = new Map(translations.speakers.map((doc) => [doc.slug, doc]));
  return {
    event: (doc: EventDoc) => events.get(doc.slug),
    session: (doc: SessionDoc) => sessions.get(sessionKey(doc)),
    speaker: (doc: SpeakerDoc) => speakers.get(doc.slug),
  };
}

/**
 * The documents of one edition. Both editions know which documents are translated (hreflang is decided
 * once, from the same fact, on both pages); in English an untranslated document keeps its Chinese text,
 * marked as such, and its topics take their names from the topic dictionary.
 */
export function editionDocs(docs: ContentDocs, translations: TranslationDocs, topics: TopicTranslator, locale: Locale): ContentDocs {
  const find = pairs(docs, translations);
  const mark = <T extends EventDoc | SessionDoc | SpeakerDoc>(doc: T, translation: TranslationDoc | undefined): T => {
    const base = { ...doc, translated: translation !== undefined };
    if (locale !== 'en') return base;
    if (!translation) return { ...base, contentLocale: 'zh-CN' };
    return { ...base, body: translation.body };
  };
  return {
    events: docs.events.map((doc) => {
      const translation = find.event(doc);
      const marked = mark(doc, translation);
      if (locale !== 'en') return marked;
      // The city filter's address is the same in both editions: the pinyin of the original city.
      return { ...overlay(marked, translation, ['title', 'city', 'venue', 'theme', 'organizers', 'summary']), originalCity: doc.city };
    }),
    sessions: docs.sessions.map((doc) => {
      const translation = find.session(doc);
      const marked = mark(doc, translation);
      if (locale !== 'en') return marked;
      const translated = overlay(marked, translation, ['title', 'headline', 'summary', 'takeaways', 'quotes', 'positions']);
      return {
        ...translated,
        topics: doc.topics.map((topic) => topics.name(topic, 'en')),
        // The original words stay beside each translated quote: English pages show both.
        ...(translation?.quotes ? { originalQuotes: doc.quotes ?? [] } : {}),
      };
    }),
    speakers: docs.speakers.map((doc) => {
      const translation = find.speaker(doc);
      const marked = mark(doc, translation);
      return locale === 'en' ? overlay(marked, translation, ['name', 'role', 'organization']) : marked;
    }),
  };
}
