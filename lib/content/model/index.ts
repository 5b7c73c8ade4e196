/**
 * The content model: each document type declared once. Everything else is derived from here.
 *
 * API (stable; other parts of the code build on it):
 * - `contentModels.event | .session | .speaker`: a `ContentModel` — `type`, `name` (contentlayer's),
 *   `label`, `location` (under content/), `filePathPattern`, `body`, and `fields`: a record of `Field`s,
 *   each with `kind` (text, slug, topic, date, time, timezone, url, image, integer, boolean, enum, list,
 *   object), `label` and `help` ({ zh, en }), `required?`, `requiredWhen?` ({ zh, en }: required in some
 *   documents only, checked by the rules), `translatable?`, `example?`, `default?`, and per kind: `values` +
 *   `valueLabels` (enum), `of` + `min` (list), `name` + `fields` (object), `min` (integer), `pattern` (text).
 * - `translationModels.event | .session | .speaker`: the `*.en.md` translation of each, with only the
 *   translatable fields (all optional) and `original` pointing back at its `ContentModel`.
 * - `RawEvent`, `RawSession`, `RawSpeaker` (front matter as written) and `RawEventTranslation`,
 *   `RawSessionTranslation`, `RawSpeakerTranslation`; `SESSION_KINDS` and `SessionKind`.
 * Derived elsewhere: contentlayer's types (./contentlayer), zod rules (./zod), JSON Schemas (./json-schema).
 */
import type { DocumentType, RawFields } from './define';
import { eventModel } from './event';
import { sessionModel } from './session';
import { speakerModel } from './speaker';
import { translationOf } from './translation';

export type * from './define';
export type { TranslationModel } from './translation';

export const contentModels = { event: eventModel, session: sessionModel, speaker: speakerModel } as const;
export const translationModels = {
  event: translationOf(eventModel),
  session: translationOf(sessionModel),
  speaker: translationOf(speakerModel),
} as const;

export const DOCUMENT_TYPES = Object.keys(contentModels) as DocumentType[];

export type RawEvent = RawFields<typeof eventModel.fields>;
export type RawSession = RawFields<typeof sessionModel.fields>;
export type RawSpeaker = RawFields<typeof speakerModel.fields>;
export type RawEventTranslation = RawFields<(typeof translationModels.event)['fields']>;
export type RawSessionTranslation = RawFields<(typeof translationModels.session)['fields']>;
export type RawSpeakerTranslation = RawFields<(typeof translationModels.speaker)['fields']>;

/** The session kinds, listed once (here, in the declaration). */
export const SESSION_KINDS = sessionModel.fields.kind.values;
export type SessionKind = (typeof SESSION_KINDS)[number];
