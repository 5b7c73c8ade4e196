import type { MaterialLink, Recording } from '../media/embed';

export type { MaterialLink, Recording, VideoEmbed } from '../media/embed';

/** The view types every page and component receives; raw contentlayer documents never leave lib/content. */

import type { Locale } from '../locales';
import type { SessionKind } from './model';
export type { SessionKind };

/** Where a document stands between the editions. */
export interface Translatable {
  /** The edition this view belongs to: its URLs and interface words. */
  edition: Locale;
  /** An English translation exists: the pair is linked with hreflang and both are in the sitemap. */
  translated: boolean;
  /** The language of the document's text on this page (Chinese on an untranslated English page). */
  contentLocale: Locale;
  /** Fields whose text stays in the original's language although the document is translated (left out of its translation). */
  originalFields?: string[];
  /** The same page's path in each edition (what the language switch and hreflang link to). */
  paths: Record<Locale, string>;
}

/** How a person took part in a session. */
export type SessionRole = 'speaker' | 'moderator' | 'panelist';

export interface SpeakerRef extends Translatable {
  slug: string;
  name: string;
  role: string;
  organization: string;
  /** Public URL path of the portrait, when the editor gave one. */
  avatar?: string;
  url: string;
  draft: boolean;
}

export interface SpeakerLink {
  label: string;
  url: string;
  /** The label's language on an English page (the original's). */
  lang?: Locale;
}

export interface EventSummary extends Translatable {
  slug: string;
  title: string;
  series: string;
  city: string;
  /** The city's address segment, the same in both editions: pinyin of the Chinese name (北京 → beijing). */
  citySlug: string;
  venue?: string;
  /** YYYY-MM-DD, the event's local calendar date. */
  date: string;
  theme?: string;
  organizers: string[];
  summary: string;
  /** IANA zone of the sessions' times (Asia/Shanghai when the editor names none). */
  timezone: string;
  url: string;
  draft: boolean;
}

export interface SessionPerson {
  speaker: SpeakerRef;
  role: SessionRole;
}

export interface SessionSummary extends Translatable {
  slug: string;
  eventSlug: string;
  title: string;
  kind: SessionKind;
  order: number;
  headline?: string;
  summary: string;
  topics: string[];
  /** Speakers, or the moderator then the panelists for a roundtable. */
  people: SessionPerson[];
  /** When the editor gave a start time: local and UTC, with the zone's name. */
  time?: SessionTime;
  url: string;
  draft: boolean;
  /** The session's topics with their pages' addresses in this edition. */
  topicLinks: TopicRef[];
}

/** A session's time slot in its event's zone. */
export interface SessionTime {
  /** `HH:MM`, local to the event's zone. */
  start: string;
  end?: string;
  /** The IANA zone (its name in the page's language is the page's to say). */
  timezone: string;
  /** ISO 8601 instants in UTC. */
  startsAt: string;
  endsAt?: string;
}

export interface AttributedText {
  speaker: SpeakerRef;
  text: string;
  /** On an English page: the Chinese words the translation renders. */
  original?: string;
}

export interface SessionView extends SessionSummary {
  event: EventSummary;
  speakers: SpeakerRef[];
  moderator?: SpeakerRef;
  panelists: SpeakerRef[];
  takeaways: string[];
  quotes: AttributedText[];
  positions: AttributedText[];
  slides?: MaterialLink;
  video?: Recording;
  /** BCP 47 tag of the language the talk was given in. */
  language?: string;
  /** Sanitized HTML of the recap. */
  bodyHtml: string;
  /** The recap's Markdown source, for search. */
  bodyMarkdown: string;
  /** Path of the source file relative to the repository root. */
  sourcePath: string;
}

export interface EventView extends EventSummary {
  introHtml: string;
  sourcePath: string;
  sessions: SessionSummary[];
  /** Everyone on the agenda, in order of first appearance. */
  speakers: SpeakerRef[];
}

export interface SpeakerAppearance {
  session: SessionSummary;
  event: EventSummary;
  role: SessionRole;
}

export interface SpeakerView extends SpeakerRef {
  bioHtml: string;
  bioMarkdown: string;
  links: SpeakerLink[];
  sourcePath: string;
  /** Every session they were part of, newest event first. */
  appearances: SpeakerAppearance[];
}

export interface TopicRef {
  name: string;
  url: string;
  /** The name's language when it differs from the page's (a topic the dictionary does not translate). */
  lang?: Locale;
}

export interface TopicSummary extends TopicRef, Translatable {
  sessionCount: number;
}


// Page models: one per page, holding everything the page shows, so routes and components compute nothing.

export interface TocEntry {
  /** The heading's id, given by rehype-slug: stable as long as the heading's text is. */
  id: string;
  text: string;
  level: 2 | 3;
}

export interface RelatedSession {
  session: SessionSummary;
  sharedTopics: TopicRef[];
  /** The other session's topics that share a word with this one's (部署架构 ~ 大模型部署). */
  similarTopics: TopicRef[];
  /** The people who took part in both. */
  sharedPeople: SpeakerRef[];
}

/** One person on a roundtable's panel (or its host), with what they said there. */
export interface PanelMember {
  speaker: SpeakerRef;
  /** Their position in one or two sentences, when the editor wrote one. */
  position?: string;
  /** Each with the original words on an English page. */
  quotes: Pick<AttributedText, 'text' | 'original'>[];
}

export interface PanelView {
  moderator?: PanelMember;
  panelists: PanelMember[];
}

export interface SessionPager {
  /** The session before and after in the event's agenda. */
  previous?: SessionSummary;
  next?: SessionSummary;
}

export interface HomePage {
  /** The latest event, absent when nothing is published. */
  event?: EventView;
}

export interface EventPage {
  event: EventView;
}

export interface SessionPage {
  session: SessionView;
  topics: TopicRef[];
  readingMinutes: number;
  /** The recap's sections; empty when the recap is too short to need them. */
  tableOfContents: TocEntry[];
  /** Roundtables only: the host and each panelist with their position and quotes. */
  panel?: PanelView;
  related: RelatedSession[];
  pager: SessionPager;
}

/** A link of a listing's filter bar or jump bar, with how many entries it leads to. */
export interface FilterLink {
  slug: string;
  name: string;
  url: string;
  count: number;
  /** The name's language when it differs from the page's (the city of an untranslated event). */
  lang?: Locale;
  /** The page shown (aria-current). */
  current: boolean;
}

/** /events and its filtered pages /events/series/<series>, /events/city/<city>. */
export interface EventsPage {
  url: string;
  /** The series or city this page lists, absent on /events. */
  filter?: { kind: 'series' | 'city'; name: string; lang?: Locale };
  eventCount: number;
  /** Newest year first, newest event first within a year. */
  years: { year: string; events: EventSummary[] }[];
  filters: { all: FilterLink; series: FilterLink[]; cities: FilterLink[] };
}

/** Speakers whose names share an initial. */
export interface SpeakerGroup {
  /** a–z, or # for names starting with no letter. */
  initial: string;
  label: string;
  /** The group heading's id, the jump bar's target. */
  anchor: string;
  speakers: SpeakerRef[];
}

export interface LetterLink {
  label: string;
  /** An in-page anchor, or the letter's own page when the roster is split. */
  url: string;
  count: number;
  current: boolean;
}

export interface SpeakersPage {
  url: string;
  /** The roster is too long for one page: /speakers lists letters, each letter has a page. */
  split: boolean;
  /** Every published speaker, on this page or not. */
  speakerCount: number;
  /** On a letter page, its letter (upper case), how many speakers the letter holds, and which of its pages this is. */
  letter?: string;
  letterCount?: number;
  pager?: Pager;
  /** The speakers on this page, in the edition's collation order of their names (pinyin in Chinese). */
  speakers: SpeakerRef[];
  /** The same speakers by initial. */
  groups: SpeakerGroup[];
  jumpBar: LetterLink[];
}

/** Where a paginated list stands. */
export interface Pager {
  page: number;
  pageCount: number;
  previous?: string;
  next?: string;
  pages: { page: number; url: string; current: boolean }[];
}

export interface SpeakerPage {
  speaker: SpeakerView;
}

export interface TopicsPage {
  /** Most sessions first. */
  topics: TopicSummary[];
}

export interface TopicPage {
  topic: TopicSummary;
  /** This page's address (the topic's own for page 1) and its counterpart in each edition. */
  url: string;
  paths: Record<Locale, string>;
  /** The sessions on this page (50 a page): newest event first, agenda order within an event. */
  sessions: SessionSummary[];
  pager: Pager;
  /** The same sessions grouped by event. */
  groups: { event: EventSummary; sessions: SessionSummary[] }[];
  /** Other topics of these sessions, most shared first. */
  relatedTopics: TopicSummary[];
}
