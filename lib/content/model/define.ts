// The vocabulary the document declarations (event.ts, session.ts, speaker.ts) are written in.
// Everything else about a field (contentlayer's definition, the zod rule, the JSON Schema, the raw
// TypeScript type, the scaffolder's question, the editors' table) is derived from these shapes.

/** Editor-facing words in both languages of the tools. */
export interface Words {
  zh: string;
  en: string;
}

export type Lang = keyof Words;

interface FieldInfo {
  label: Words;
  help: Words;
  /** How a value looks when written, as it would appear after `field: ` (for examples and messages). */
  example?: string;
  required?: boolean;
  /** Required only in some documents (a session's speakers unless it is a roundtable); checked by the rules. */
  requiredWhen?: Words;
  /** Held by a translation file (`*.en.md`) as well as the original. */
  translatable?: boolean;
}

/** Non-empty text; `pattern` narrows it further (a language tag), `pattern.example` is what a good value looks like. */
export interface TextField extends FieldInfo {
  kind: 'text';
  pattern?: { regex: string; example: string };
}
/** Lowercase ASCII, digits and single hyphens: a reference to another document, or a series. */
export interface SlugField extends FieldInfo { kind: 'slug' }
/** A topic name: text that can stand in a URL segment. */
export interface TopicField extends FieldInfo { kind: 'topic' }
/** A real calendar day, `YYYY-MM-DD`. */
export interface DateField extends FieldInfo { kind: 'date' }
/** A local time of day, `HH:MM`, 24-hour clock. */
export interface TimeField extends FieldInfo { kind: 'time' }
/** An IANA time zone name. */
export interface TimeZoneField extends FieldInfo { kind: 'timezone'; default?: string }
/** A full https:// address. */
export interface UrlField extends FieldInfo { kind: 'url' }
/** A path to an image inside public/. */
export interface ImagePathField extends FieldInfo { kind: 'image' }
export interface IntegerField extends FieldInfo { kind: 'integer'; min?: number }
export interface BooleanField extends FieldInfo { kind: 'boolean'; default?: boolean }
export interface EnumField<V extends string = string> extends FieldInfo {
  kind: 'enum';
  values: readonly V[];
  /** How the site and the editors name each value (主旨演讲 for keynote). */
  valueLabels: Record<V, Words>;
}
export interface ObjectField extends FieldInfo {
  kind: 'object';
  /** The nested type's name in contentlayer (Quote, Link). */
  name: string;
  fields: Fields;
}
export type ScalarField =
  | TextField
  | SlugField
  | TopicField
  | DateField
  | TimeField
  | TimeZoneField
  | UrlField
  | ImagePathField
  | IntegerField
  | BooleanField
  | EnumField;
export interface ListField extends FieldInfo {
  kind: 'list';
  of: ScalarField | ObjectField;
  /** Fewest items a written list may have. */
  min?: number;
}
export type Field = ScalarField | ListField | ObjectField;
export type Fields = Record<string, Field>;

export type DocumentType = 'event' | 'session' | 'speaker';

/** One document type: where its files live, what their body is, and its fields. */
export interface ContentModel<F extends Fields = Fields> {
  type: DocumentType;
  /** contentlayer's document type name. */
  name: string;
  label: Words;
  /** Where the files are, relative to content/ (`<event>` and `<session>` stand for slugs). */
  location: string;
  /** contentlayer's pattern for the originals; it never matches a `*.en.md` translation. */
  filePathPattern: string;
  body: Words;
  fields: F;
}

/** A declaration kept exact (literal `required: true`, enum values), so the raw types below can be read off it. */
export const defineModel = <const F extends Fields>(model: ContentModel<F>): ContentModel<F> => model;

// ---- Raw document types, read off a declaration -------------------------------------------------

type ValueOf<F> = F extends { kind: 'integer' }
  ? number
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : F extends { kind: 'list'; of: infer I }
        ? ValueOf<I>[]
        : F extends { kind: 'object'; fields: infer N }
          ? RawFields<N>
          : string;

type RequiredKeys<F> = { [K in keyof F]: F[K] extends { required: true } ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The front matter as an editor writes it: required fields present, optional ones possibly absent. */
export type RawFields<F> = Simplify<
  { -readonly [K in RequiredKeys<F>]: ValueOf<F[K]> } & {
    -readonly [K in Exclude<keyof F, RequiredKeys<F>>]?: ValueOf<F[K]>;
  }
>;

/** Only the translatable fields, all optional; an attributed entry keeps its (untranslated) `speaker`. */
export type TranslatableFields<F> = {
  [K in keyof F as F[K] extends { translatable: true } ? K : never]: F[K] extends { required: true }
    ? Omit<F[K], 'required'> & { required?: false }
    : F[K];
};
