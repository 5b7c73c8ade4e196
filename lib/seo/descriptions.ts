import type { EventsPage, EventView, SessionSummary, SpeakersPage, SpeakerView } from '../content/types';
import { DEFAULT_LOCALE, dictionary, type Locale } from '../i18n';
import { siteFor } from '../site';
import { excerpt, markdownToPlainText } from './excerpt';

// Meta descriptions come from the content: summaries, the biography, the site's tagline.

export function homeDescription(event: EventView | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const { tagline } = siteFor(locale);
  return event ? dictionary(locale).seo.homeDescription(tagline, event.summary) : tagline;
}

/** The biography's opening, or who they are when the editor wrote no biography. */
export function speakerDescription(speaker: SpeakerView): string {
  const bio = markdownToPlainText(speaker.bioMarkdown);
  return bio
    ? excerpt(bio)
    : dictionary(speaker.edition).seo.speakerDescription(speaker.name, speaker.organization, speaker.role);
}

/** A topic page: the topic and the titles of its sessions, cut to a description's length. */
export const topicDescription = (topic: string, sessions: SessionSummary[], locale: Locale = DEFAULT_LOCALE): string =>
  excerpt(dictionary(locale).seo.topicDescription(topic, sessions.map((session) => session.title)));

/** An /events page's title: all events, or one series' or one city's. */
export function eventsTitle(page: EventsPage, locale: Locale = DEFAULT_LOCALE): string {
  const t = dictionary(locale).archive;
  if (!page.filter) return t.title;
  return page.filter.kind === 'series' ? t.seriesTitle(page.filter.name) : t.cityTitle(page.filter.name);
}

/** How many events, and where they were held. */
export function eventsDescription(page: EventsPage, locale: Locale = DEFAULT_LOCALE): string {
  const t = dictionary(locale).archive;
  if (page.filter) return [eventsTitle(page, locale), t.filteredIntro(page.eventCount)].join(locale === 'en' ? '. ' : '，');
  return excerpt(t.description(page.eventCount, page.filters.cities.map((city) => city.name).join(dictionary(locale).listSeparator)));
}

/** /speakers, or one letter's page of a split roster. */
export function speakersListingTitle(page: SpeakersPage, locale: Locale = DEFAULT_LOCALE): string {
  const t = dictionary(locale);
  if (!page.letter) return t.speaker.indexTitle;
  const title = t.speaker.letterTitle(page.letter);
  return page.pager && page.pager.page > 1 ? t.pager.titled(title, page.pager.page) : title;
}
