import type { RawEvent, RawSession, RawSpeaker } from '../model';

// The documents the store is built from: the front matter as the content model declares it, plus
// what contentlayer adds when it compiles a file.

/** What contentlayer adds to the front matter: the file, the rendered body and the slug from the file name. */
interface CompiledDocument {
  _raw: { sourceFilePath: string };
  body: { raw: string; html: string };
  slug: string;
}

export type EventDocument = RawEvent & CompiledDocument;
/** `event` is the slug of the folder the session's file sits in. */
export type SessionDocument = RawSession & CompiledDocument & { event: string };
export type SpeakerDocument = RawSpeaker & CompiledDocument;

/** Everything the store is built from: contentlayer's output, or documents a test builds by hand. */
export interface ContentDocs {
  events: EventDocument[];
  sessions: SessionDocument[];
  speakers: SpeakerDocument[];
}
