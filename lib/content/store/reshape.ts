import { DEFAULT_LOCALE } from '../../locales';
import { zonedInstant } from '../../time/zoned-time';
import { materialLink, recordingOf } from '../../media/embed';
import { slugFromPlace } from '../pinyin-slug';
import { avatarPathInPublic } from '../avatar-path';
import { contentModels } from '../model';
import type {
  AttributedText,
  EventSummary,
  EventView,
  SessionPerson,
  SessionSummary,
  SessionTime,
  SessionView,
  SpeakerAppearance,
  SpeakerRef,
  SpeakerView,
  TopicRef,
} from '../types';
import { editionContext, type EditionContext } from './edition';
import type { EventDocument, SessionDocument, SpeakerDocument } from './raw-documents';

// The one place raw documents become view types. Lookups of other documents come in as functions,
// so these stay pure and the indexes decide how a slug is found.

export type SpeakerLookup = (slug: string) => SpeakerRef | undefined;

/** The Chinese edition, for callers that build one edition only (tests, tools). */
const chinese = editionContext();

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

/** Path of the source file relative to the repository root. */
export const sourcePath = (doc: { _raw: { sourceFilePath: string } }): string =>
  `content/${doc._raw.sourceFilePath}`;

export function toSpeakerRef(doc: SpeakerDocument, edition: EditionContext = chinese): SpeakerRef {
  const avatar = doc.avatar === undefined ? undefined : avatarPathInPublic(doc.avatar);
  return {
    slug: doc.slug,
    name: doc.name,
    role: doc.role,
    organization: doc.organization,
    ...(avatar === undefined ? {} : { avatar: `/${avatar}` }),
    url: edition.routes.speaker(doc.slug),
    draft: doc.draft === true,
    ...edition.language(doc, (routes) => routes.speaker(doc.slug)),
  };
}

export const toEventSummary = (doc: EventDocument, edition: EditionContext = chinese): EventSummary => ({
  slug: doc.slug,
  title: doc.title,
  series: doc.series,
  city: doc.city,
  citySlug: slugFromPlace(doc.originalCity ?? doc.city),
  ...(doc.venue === undefined ? {} : { venue: doc.venue }),
  date: doc.date.slice(0, 10),
  ...(doc.theme === undefined ? {} : { theme: doc.theme }),
  organizers: doc.organizers,
  summary: doc.summary,
  timezone: doc.timezone ?? contentModels.event.fields.timezone.default,
  url: edition.routes.event(doc.slug),
  draft: doc.draft === true,
  ...edition.language(doc, (routes) => routes.event(doc.slug)),
});

/** Speakers, then the moderator, then the panelists; a slug that names no visible speaker is left out. */
function sessionPeople(doc: SessionDocument, speaker: SpeakerLookup): SessionPerson[] {
  const as = (role: SessionPerson['role']) => (slug: string) => {
    const ref = speaker(slug);
    return ref && { speaker: ref, role };
  };
  return [
    ...(doc.speakers ?? []).map(as('speaker')),
    ...(doc.moderator ? [as('moderator')(doc.moderator)] : []),
    ...(doc.panelists ?? []).map(as('panelist')),
  ].filter(isDefined);
}

/** A session's slot on its event's date, in the event's zone. */
function sessionTime(doc: SessionDocument, event: EventSummary): SessionTime | undefined {
  if (doc.start === undefined) return undefined;
  const startsAt = zonedInstant(event.date, doc.start, event.timezone);
  return {
    start: doc.start,
    timezone: event.timezone,
    startsAt: startsAt.toISOString(),
    ...(doc.end === undefined ? {} : { end: doc.end, endsAt: zonedInstant(event.date, doc.end, event.timezone).toISOString() }),
  };
}

export const toSessionSummary = (
  doc: SessionDocument,
  speaker: SpeakerLookup,
  event: EventSummary,
  edition: EditionContext = chinese,
): SessionSummary => {
  const time = sessionTime(doc, event);
  return {
  slug: doc.slug,
  eventSlug: doc.event,
  title: doc.title,
  kind: doc.kind,
  order: doc.order,
  ...(doc.headline === undefined ? {} : { headline: doc.headline }),
  summary: doc.summary,
  topics: doc.topics,
  people: sessionPeople(doc, speaker),
  ...(time ? { time } : {}),
  url: edition.routes.session(doc.event, doc.slug),
  draft: doc.draft === true,
  topicLinks: doc.topics.map(edition.topicRef),
  ...edition.language(doc, (routes) => routes.session(doc.event, doc.slug)),
  };
};

export const toTopicRef = (name: string, edition: EditionContext = chinese): TopicRef => edition.topicRef(name);

function attributed(list: SessionDocument['quotes'], speaker: SpeakerLookup, originals?: SessionDocument['quotes']): AttributedText[] {
  return (list ?? [])
    .map(({ speaker: slug, text }, index) => {
      const ref = speaker(slug);
      const original = originals?.[index]?.text;
      return ref && { speaker: ref, text, ...(original === undefined ? {} : { original }) };
    })
    .filter(isDefined);
}

export function toSessionView(
  doc: SessionDocument,
  summary: SessionSummary,
  event: EventSummary,
  speaker: SpeakerLookup,
): SessionView {
  const moderator = doc.moderator === undefined ? undefined : speaker(doc.moderator);
  return {
    ...summary,
    event,
    speakers: (doc.speakers ?? []).map(speaker).filter(isDefined),
    ...(moderator ? { moderator } : {}),
    panelists: (doc.panelists ?? []).map(speaker).filter(isDefined),
    takeaways: doc.takeaways ?? [],
    quotes: attributed(doc.quotes, speaker, doc.originalQuotes),
    positions: attributed(doc.positions, speaker),
    ...(doc.slides === undefined ? {} : { slides: materialLink(doc.slides) }),
    ...(doc.video === undefined ? {} : { video: recordingOf(doc.video) }),
    ...(doc.language === undefined ? {} : { language: doc.language }),
    bodyHtml: doc.body.html,
    bodyMarkdown: doc.body.raw,
    sourcePath: sourcePath(doc),
  };
}

/** Everyone on the agenda, once each, in order of first appearance. */
const agendaSpeakers = (sessions: SessionSummary[]): SpeakerRef[] => [
  ...new Map(sessions.flatMap((s) => s.people).map((p) => [p.speaker.slug, p.speaker])).values(),
];

export const toEventView = (
  doc: EventDocument,
  summary: EventSummary,
  sessions: SessionSummary[],
): EventView => ({
  ...summary,
  introHtml: doc.body.html,
  sourcePath: sourcePath(doc),
  sessions,
  speakers: agendaSpeakers(sessions),
});

export const toSpeakerView = (
  doc: SpeakerDocument,
  ref: SpeakerRef,
  appearances: SpeakerAppearance[],
): SpeakerView => ({
  ...ref,
  bioHtml: doc.body.html,
  bioMarkdown: doc.body.raw,
  // Links are structural: their labels stay the original's words in every edition.
  links: (doc.links ?? []).map((link) => (ref.edition === DEFAULT_LOCALE ? link : { ...link, lang: DEFAULT_LOCALE })),
  sourcePath: sourcePath(doc),
  appearances,
});
