/** The view types every page and component receives; raw contentlayer documents never leave lib/content. */

import type { Locale } from '../i18n/locales';
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
}

export interface EventSummary extends Translatable {
  slug: string;
  title: string;
  series: string;
  city: string;
  venue?: string;
  /** YYYY-MM-DD, the event's local calendar date. */
  date: string;
  theme?: string;
  organizers: string[];
  summary: string;
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
  url: string;
  draft: boolean;
  /** The session's topics with their pages' addresses in this edition. */
  topicLinks: TopicLink[];
}

export interface TopicLink {
  name: string;
  url: string;
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
  slides?: string;
  video?: string;
  /** Sanitized HTML of the recap. */
  bodyHtml: string;
  /** The recap's Markdown source, for reading time and search. */
  bodyMarkdown: string;
  /** Path of the source file relative to the repository root. */
  sourcePath: string;
  previous?: SessionSummary;
  next?: SessionSummary;
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

export interface TopicSummary extends Translatable {
  name: string;
  url: string;
  sessionCount: number;
}
