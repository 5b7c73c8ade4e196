import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { routesFor, type Routes } from '../routes';
import { avatarPathInPublic } from './avatar-path';
import type {
  AttributedText,
  EventSummary,
  EventView,
  SessionKind,
  SessionPerson,
  SessionSummary,
  SessionView,
  SpeakerAppearance,
  SpeakerRef,
  SpeakerView,
  TopicSummary,
} from './types';

/** The shapes contentlayer generates, reduced to what the site reads (so tests can build them by hand). */
interface SourceDoc {
  _raw: { sourceFilePath: string };
  body: { raw: string; html: string };
  draft?: boolean;
  slug: string;
  /** Whether an English translation of this document exists (set by ./english for both editions). */
  translated?: boolean;
  /** The language the text is in, when it differs from the edition's (an untranslated document). */
  contentLocale?: Locale;
}
export interface EventDoc extends SourceDoc {
  title: string;
  series: string;
  city: string;
  venue?: string;
  date: string;
  theme?: string;
  organizers: string[];
  summary: string;
}
interface AttributedDoc {
  speaker: string;
  text: string;
}
export interface SessionDoc extends SourceDoc {
  event: string;
  title: string;
  kind: SessionKind;
  order: number;
  speakers?: string[];
  moderator?: string;
  panelists?: string[];
  headline?: string;
  summary: string;
  topics: string[];
  takeaways?: string[];
  quotes?: AttributedDoc[];
  /** In a translated session: the original's quotes, entry by entry (the check keeps the counts equal). */
  originalQuotes?: AttributedDoc[];
  positions?: AttributedDoc[];
  slides?: string;
  video?: string;
}
export interface SpeakerDoc extends SourceDoc {
  name: string;
  role: string;
  organization: string;
  avatar?: string;
  links?: { label: string; url: string }[];
}
export interface ContentDocs {
  events: EventDoc[];
  sessions: SessionDoc[];
  speakers: SpeakerDoc[];
}

const sourcePath = (doc: SourceDoc) => `content/${doc._raw.sourceFilePath}`;
const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

export interface StoreOptions {
  includeDrafts: boolean;
  /** The edition: its URLs and the collation of names; the documents come already in its language. */
  locale?: Locale;
  /**
   * A topic's URL segment in each edition and the language of its name here, by the name the documents
   * use. Topic pages exist in both editions (an untranslated topic keeps its Chinese name and segment).
   */
  topicEditions?: (topic: string) => { nameLocale: Locale; segments: Record<Locale, string> };
}

/** How a document stands in an edition: translated or not, the language its text is in, its page in each. */
const languageOf = (
  doc: Pick<SourceDoc, 'translated' | 'contentLocale'>,
  locale: Locale,
  path: (routes: Routes, edition: Locale) => string,
) => ({
  edition: locale,
  translated: doc.translated === true,
  contentLocale: doc.contentLocale ?? locale,
  paths: Object.fromEntries(LOCALES.map((other) => [other, path(routesFor(other), other)])) as Record<Locale, string>,
});

/**
 * Joins the documents into view types. With includeDrafts false (production) a draft, and every
 * session of a draft event, is absent everywhere. The validator has already checked references.
 */
export function createContentStore(
  docs: ContentDocs,
  {
    includeDrafts,
    locale = DEFAULT_LOCALE,
    topicEditions = (topic) => ({ nameLocale: locale, segments: { 'zh-CN': topic, en: topic } }),
  }: StoreOptions,
) {
  const visible = <T extends SourceDoc>(doc: T) => includeDrafts || !doc.draft;
  const routes = routesFor(locale);
  const collator = new Intl.Collator(locale);

  const speakerRefs = new Map<string, SpeakerRef>(
    docs.speakers.filter(visible).map((doc) => {
      const avatar = doc.avatar === undefined ? undefined : avatarPathInPublic(doc.avatar);
      return [
        doc.slug,
        {
          slug: doc.slug,
          name: doc.name,
          role: doc.role,
          organization: doc.organization,
          ...(avatar === undefined ? {} : { avatar: `/${avatar}` }),
          url: routes.speaker(doc.slug),
          draft: doc.draft === true,
          ...languageOf(doc, locale, (r) => r.speaker(doc.slug)),
        },
      ];
    }),
  );
  const ref = (slug: string) => speakerRefs.get(slug);

  const eventDocs = docs.events.filter(visible).sort((a, b) => b.date.localeCompare(a.date));
  const eventSummaries = new Map<string, EventSummary>(
    eventDocs.map((doc) => [
      doc.slug,
      {
        slug: doc.slug,
        title: doc.title,
        series: doc.series,
        city: doc.city,
        ...(doc.venue === undefined ? {} : { venue: doc.venue }),
        date: doc.date.slice(0, 10),
        ...(doc.theme === undefined ? {} : { theme: doc.theme }),
        organizers: doc.organizers,
        summary: doc.summary,
        url: routes.event(doc.slug),
        draft: doc.draft === true,
        ...languageOf(doc, locale, (r) => r.event(doc.slug)),
      },
    ]),
  );

  const sessionDocs = docs.sessions
    .filter((doc) => visible(doc) && eventSummaries.has(doc.event))
    .sort((a, b) => a.order - b.order);

  const people = (doc: SessionDoc): SessionPerson[] => {
    const as = (role: SessionPerson['role']) => (slug: string) => {
      const speaker = ref(slug);
      return speaker && { speaker, role };
    };
    return [
      ...(doc.speakers ?? []).map(as('speaker')),
      ...(doc.moderator ? [as('moderator')(doc.moderator)] : []),
      ...(doc.panelists ?? []).map(as('panelist')),
    ].filter(isDefined);
  };

  const summaries = new Map<SessionDoc, SessionSummary>(
    sessionDocs.map((doc) => [
      doc,
      {
        slug: doc.slug,
        eventSlug: doc.event,
        title: doc.title,
        kind: doc.kind,
        order: doc.order,
        ...(doc.headline === undefined ? {} : { headline: doc.headline }),
        summary: doc.summary,
        topics: doc.topics,
        topicLinks: doc.topics.map((name) => ({ name, url: routes.topic(topicEditions(name).segments[locale]) })),
        people: people(doc),
        url: routes.session(doc.event, doc.slug),
        draft: doc.draft === true,
        ...languageOf(doc, locale, (r) => r.session(doc.event, doc.slug)),
      },
    ]),
  );
  const summaryOf = (doc: SessionDoc) => summaries.get(doc) as SessionSummary;
  // Indexed once: every page render looks sessions up, and a linear scan per lookup made builds quadratic.
  const sessionsByEvent = new Map<string, SessionDoc[]>();
  for (const doc of sessionDocs) {
    const list = sessionsByEvent.get(doc.event);
    if (list) list.push(doc);
    else sessionsByEvent.set(doc.event, [doc]);
  }
  const sessionsOfEvent = (event: string) => sessionsByEvent.get(event) ?? [];

  const attributed = (list: AttributedDoc[] | undefined, originals?: AttributedDoc[]): AttributedText[] =>
    (list ?? [])
      .map(({ speaker, text }, index) => {
        const person = ref(speaker);
        const original = originals?.[index]?.text;
        return person && { speaker: person, text, ...(original === undefined ? {} : { original }) };
      })
      .filter(isDefined);

  const getEvents = (): EventSummary[] => [...eventSummaries.values()];

  const getEvent = (slug: string): EventView | undefined => {
    const doc = eventDocs.find((event) => event.slug === slug);
    const summary = eventSummaries.get(slug);
    if (!doc || !summary) return undefined;
    const sessions = sessionsOfEvent(slug).map(summaryOf);
    const speakers = [...new Map(sessions.flatMap((s) => s.people).map((p) => [p.speaker.slug, p.speaker])).values()];
    return { ...summary, introHtml: doc.body.html, sourcePath: sourcePath(doc), sessions, speakers };
  };

  const getSession = (event: string, slug: string): SessionView | undefined => {
    const siblings = sessionsOfEvent(event);
    const index = siblings.findIndex((doc) => doc.slug === slug);
    const doc = siblings[index];
    const eventSummary = eventSummaries.get(event);
    if (!doc || !eventSummary) return undefined;
    const previous = siblings[index - 1];
    const next = siblings[index + 1];
    return {
      ...summaryOf(doc),
      event: eventSummary,
      speakers: (doc.speakers ?? []).map(ref).filter(isDefined),
      ...(doc.moderator && ref(doc.moderator) ? { moderator: ref(doc.moderator) } : {}),
      panelists: (doc.panelists ?? []).map(ref).filter(isDefined),
      takeaways: doc.takeaways ?? [],
      quotes: attributed(doc.quotes, doc.originalQuotes),
      positions: attributed(doc.positions),
      ...(doc.slides === undefined ? {} : { slides: doc.slides }),
      ...(doc.video === undefined ? {} : { video: doc.video }),
      bodyHtml: doc.body.html,
      bodyMarkdown: doc.body.raw,
      sourcePath: sourcePath(doc),
      ...(previous ? { previous: summaryOf(previous) } : {}),
      ...(next ? { next: summaryOf(next) } : {}),
    };
  };

  // The documents never change after the store is made, so the full list is built once.
  let allSessions: SessionView[] | undefined;
  const getSessions = (): SessionView[] =>
    (allSessions ??= eventDocs.flatMap((event) =>
      sessionsOfEvent(event.slug).map((doc) => getSession(event.slug, doc.slug)).filter(isDefined),
    ));

  const getSessionsBySpeaker = (slug: string): SpeakerAppearance[] =>
    eventDocs.flatMap((event) =>
      sessionsOfEvent(event.slug).flatMap((doc) => {
        const session = summaryOf(doc);
        const person = session.people.find((p) => p.speaker.slug === slug);
        return person ? [{ session, event: eventSummaries.get(event.slug) as EventSummary, role: person.role }] : [];
      }),
    );

  const getSpeaker = (slug: string): SpeakerView | undefined => {
    const doc = docs.speakers.find((speaker) => speaker.slug === slug);
    const speaker = ref(slug);
    if (!doc || !speaker) return undefined;
    return {
      ...speaker,
      bioHtml: doc.body.html,
      bioMarkdown: doc.body.raw,
      links: doc.links ?? [],
      sourcePath: sourcePath(doc),
      appearances: getSessionsBySpeaker(slug),
    };
  };

  /** All published speakers, in the edition's collation order of their names (pinyin in Chinese). */
  const getSpeakers = (): SpeakerRef[] => [...speakerRefs.values()].sort((a, b) => collator.compare(a.name, b.name));

  const getTopics = (): TopicSummary[] => {
    const counts = new Map<string, number>();
    for (const doc of sessionDocs) for (const topic of new Set(doc.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    return [...counts.entries()]
      .map(([name, sessionCount]) => {
        const { nameLocale, segments } = topicEditions(name);
        const language = languageOf({ translated: true, contentLocale: nameLocale }, locale, (r, edition) => r.topic(segments[edition]));
        return { name, url: routes.topic(segments[locale]), sessionCount, ...language };
      })
      .sort((a, b) => b.sessionCount - a.sessionCount || collator.compare(a.name, b.name));
  };

  /** Sessions on a topic across events, newest event first, agenda order within an event. */
  const getSessionsByTopic = (topic: string): SessionSummary[] =>
    eventDocs.flatMap((event) => sessionsOfEvent(event.slug).filter((doc) => doc.topics.includes(topic)).map(summaryOf));

  return {
    locale,
    getEvents,
    getLatestEvent: (): EventView | undefined => (eventDocs[0] ? getEvent(eventDocs[0].slug) : undefined),
    getEvent,
    getSession,
    getSessions,
    getSpeakers,
    getSpeaker,
    getSessionsBySpeaker,
    getTopics,
    getSessionsByTopic,
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;
