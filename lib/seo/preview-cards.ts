import type {
  EventSummary,
  EventView,
  SessionView,
  SpeakerRef,
  SpeakerView,
} from '../content/types';
import { DEFAULT_LOCALE, dictionary, formatDate, formatList, localizePath, type Locale } from '../i18n';
import { routesFor } from '../routes';
import { siteFor } from '../site';

/** Every preview image is one Open Graph "large image" card. */
export const PREVIEW_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Above this many people a card lists names only, without role and organization. */
const DETAILED_PEOPLE = 4;

export interface PreviewPerson {
  slug: string;
  name: string;
  /** Organization and role, when the card has room for them. */
  detail?: string;
}

/** What one preview image shows; rendered to a PNG at build time (scripts/og-images.ts). */
export interface PreviewCard {
  /** The edition whose page the card previews: its words and site name. */
  locale: Locale;
  /** URL path of the PNG, served from public/, e.g. /og/events/npcon-2023-beijing.png */
  path: string;
  /** A short label above the title: the session's kind, 嘉宾, 峰会. */
  kicker?: string;
  title: string;
  subtitle?: string;
  /** The person a speaker's card is about, drawn large beside the title. */
  portrait?: Pick<SpeakerRef, 'slug' | 'name'>;
  people: PreviewPerson[];
  /** Short lines under the title, e.g. the sessions a speaker took part in. */
  items: string[];
  /** The event's name, date and place. */
  footer?: string;
  /** Text alternative, for og:image:alt and twitter:image:alt. */
  alt: string;
}

/** `/events/x` → `/og/events/x.png`; the home page is `/og/index.png`. */
export const previewImagePath = (pagePath: string): string =>
  `/og${pagePath === '/' ? '/index' : pagePath}.png`;

const eventPlace = (event: EventSummary) => [event.city, event.venue].filter(Boolean).join(' · ');
const eventLine = (event: EventSummary) => `${formatDate(event.date, event.edition)} · ${eventPlace(event)}`;
const detail = (speaker: SpeakerRef) => `${speaker.organization} · ${speaker.role}`;

function card(
  locale: Locale,
  fields: Omit<PreviewCard, 'alt' | 'people' | 'items' | 'locale'> &
    Partial<Pick<PreviewCard, 'people' | 'items'>>,
) {
  const people = fields.people ?? [];
  const names = formatList(people.map((person) => person.name), locale);
  const alt = dictionary(locale).seo.previewAlt([fields.title, fields.subtitle, names, fields.footer]);
  return { ...fields, locale, people, items: fields.items ?? [], alt };
}

function peopleOf(speakers: SpeakerRef[]): PreviewPerson[] {
  const detailed = speakers.length <= DETAILED_PEOPLE;
  return speakers.map((speaker) => ({
    slug: speaker.slug,
    name: speaker.name,
    ...(detailed ? { detail: detail(speaker) } : {}),
  }));
}

/** The default card, for pages without one of their own. */
export const siteCard = (locale: Locale = DEFAULT_LOCALE): PreviewCard =>
  card(locale, {
    path: `/og${localizePath('/site', locale)}.png`,
    title: siteFor(locale).name,
    subtitle: siteFor(locale).tagline,
  });

export function homeCard(event: EventView | undefined, locale: Locale = DEFAULT_LOCALE): PreviewCard {
  const routes = routesFor(locale);
  if (!event) return { ...siteCard(locale), path: previewImagePath(routes.home()) };
  return card(locale, {
    path: previewImagePath(routes.home()),
    kicker: dictionary(locale).home.latest,
    title: event.title,
    ...(event.theme ? { subtitle: event.theme } : {}),
    people: peopleOf(event.speakers),
    footer: eventLine(event),
  });
}

export const eventCard = (event: EventView): PreviewCard =>
  card(event.edition, {
    path: previewImagePath(event.url),
    kicker: dictionary(event.edition).seo.event,
    title: event.title,
    ...(event.theme ? { subtitle: event.theme } : {}),
    people: peopleOf(event.speakers),
    footer: eventLine(event),
  });

export function sessionCard(session: SessionView): PreviewCard {
  const t = dictionary(session.edition);
  const roles = new Map(session.people.map((person) => [person.speaker.slug, person.role]));
  const people = peopleOf(session.people.map((person) => person.speaker)).map((person) =>
    // A roundtable names its host: "主持" before the organization.
    roles.get(person.slug) === 'moderator' && person.detail
      ? { ...person, detail: `${t.roles.moderator} · ${person.detail}` }
      : person,
  );
  return card(session.edition, {
    path: previewImagePath(session.url),
    kicker: t.kinds[session.kind],
    title: session.title,
    ...(session.headline ? { subtitle: session.headline } : {}),
    people,
    footer: `${session.event.title} · ${eventLine(session.event)}`,
  });
}

export function speakerCard(speaker: SpeakerView): PreviewCard {
  const events = [...new Map(speaker.appearances.map((a) => [a.event.slug, a.event])).values()];
  const [latest] = events;
  const t = dictionary(speaker.edition);
  return card(speaker.edition, {
    path: previewImagePath(speaker.url),
    kicker: t.speaker.indexTitle,
    title: speaker.name,
    subtitle: detail(speaker),
    portrait: { slug: speaker.slug, name: speaker.name },
    items: speaker.appearances.map((appearance) => t.seo.workTitle(appearance.session.title)),
    ...(latest ? { footer: `${latest.title} · ${eventLine(latest)}` } : {}),
  });
}

export const speakersIndexCard = (speakers: SpeakerRef[], locale: Locale = DEFAULT_LOCALE): PreviewCard =>
  card(locale, {
    path: previewImagePath(routesFor(locale).speakers()),
    kicker: dictionary(locale).nav.speakers,
    title: dictionary(locale).seo.speakerCount(speakers.length),
    people: peopleOf(speakers),
    footer: siteFor(locale).tagline,
  });
