import type { Locale } from '../../i18n/locales';
import type { SessionKind } from '../types';

// The front matter of each document type as the store reads it. Written by hand until the content
// model declares these types once; this is the only place they are written.

export interface RawEvent {
  title: string;
  series: string;
  city: string;
  venue?: string;
  date: string;
  theme?: string;
  organizers: string[];
  summary: string;
  draft?: boolean;
  /** English edition: the original (Chinese) city, from which both editions take the city's slug. */
  originalCity?: string;
}

interface RawAttributedText {
  speaker: string;
  text: string;
}

export interface RawSession {
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
  quotes?: RawAttributedText[];
  positions?: RawAttributedText[];
  slides?: string;
  video?: string;
  draft?: boolean;
}

export interface RawSpeaker {
  name: string;
  role: string;
  organization: string;
  avatar?: string;
  links?: { label: string; url: string }[];
  draft?: boolean;
}

/** What contentlayer adds to the front matter: the file, the rendered body and the slug from the file name. */
interface CompiledDocument {
  _raw: { sourceFilePath: string };
  body: { raw: string; html: string };
  slug: string;
  /** Whether an English translation of this document exists (set by ../editions for both editions). */
  translated?: boolean;
  /** The language the text is in, when it differs from the edition's (an untranslated document). */
  contentLocale?: Locale;
}

export type EventDocument = RawEvent & CompiledDocument;
/** `event` is the slug of the folder the session's file sits in. */
export type SessionDocument = RawSession &
  CompiledDocument & {
    event: string;
    /** In a translated session: the original's quotes, entry by entry (the check keeps the counts equal). */
    originalQuotes?: RawAttributedText[];
  };
export type SpeakerDocument = RawSpeaker & CompiledDocument;

/** Everything the store is built from: contentlayer's output, or documents a test builds by hand. */
export interface ContentDocs {
  events: EventDocument[];
  sessions: SessionDocument[];
  speakers: SpeakerDocument[];
}
