/** The view types every page and component receives; raw contentlayer documents never leave lib/content. */

import type { SessionKind } from './model';
export type { SessionKind };

/** How a person took part in a session. */
export type SessionRole = 'speaker' | 'moderator' | 'panelist';

export interface SpeakerRef {
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

export interface EventSummary {
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

export interface SessionSummary {
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
}

export interface AttributedText {
  speaker: SpeakerRef;
  text: string;
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

export interface TopicSummary {
  name: string;
  url: string;
  sessionCount: number;
}
