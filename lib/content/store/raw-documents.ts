import type { Locale } from '../../locales';
import type { RawEvent as ModelEvent, RawSession, RawSpeaker } from '../model';

// The documents the store is built from: the front matter as the content model declares it, plus
// what contentlayer adds when it compiles a file.

/** English edition: the original (Chinese) city, from which both editions take the city's slug. */
export type RawEvent = ModelEvent & { originalCity?: string };
type RawAttributedText = NonNullable<RawSession['quotes']>[number];

/** What contentlayer adds to the front matter: the file, the rendered body and the slug from the file name. */
interface CompiledDocument {
  _raw: { sourceFilePath: string };
  body: { raw: string; html: string };
  slug: string;
  /** Whether an English translation of this document exists (set by ../editions for both editions). */
  translated?: boolean;
  /** The language the text is in, when it differs from the edition's (an untranslated document). */
  contentLocale?: Locale;
  /** English edition: the translatable fields a translation left to the original (their text is Chinese). */
  originalFields?: string[];
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
