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
  /** IANA zone of the sessions' times (Asia/Shanghai when the editor names none). */
  timezone: string;
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
  /** When the editor gave a start time: local and UTC, with the zone's name. */
  time?: SessionTime;
  url: string;
  draft: boolean;
}

/** A session's time slot in its event's zone. */
export interface SessionTime {
  /** `HH:MM`, local to the event's zone. */
  start: string;
  end?: string;
  /** The IANA zone and its name in the page's language at that date (中国标准时间, 中欧夏令时间). */
  timezone: string;
  zoneName: string;
  /** ISO 8601 instants in UTC. */
  startsAt: string;
  endsAt?: string;
}

/** A link to material elsewhere, with the host named for the reader. */
export interface MaterialLink {
  url: string;
  host: string;
}

/** A recording; `embed` when its host offers a player that can load on the reader's click. */
export interface Recording extends MaterialLink {
  embed?: VideoEmbed;
}

export interface VideoEmbed {
  provider: 'bilibili' | 'youtube' | 'vimeo';
  /** The player's address, loaded into an iframe only after the reader asks. */
  src: string;
  /** The player's origin, for the page's frame-src and Permissions-Policy. */
  origin: string;
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
  slides?: MaterialLink;
  video?: Recording;
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
