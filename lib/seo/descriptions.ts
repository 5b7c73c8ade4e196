import type { EventView, SessionSummary, SpeakerView } from '../content/types';
import { t } from '../i18n';
import { site } from '../site';
import { excerpt, markdownToPlainText } from './excerpt';

// Meta descriptions come from the content: summaries, the biography, the site's tagline.

export const homeDescription = (event: EventView | undefined): string =>
  event ? t.seo.homeDescription(site.tagline, event.summary) : site.tagline;

/** The biography's opening, or who they are when the editor wrote no biography. */
export function speakerDescription(speaker: SpeakerView): string {
  const bio = markdownToPlainText(speaker.bioMarkdown);
  return bio
    ? excerpt(bio)
    : t.seo.speakerDescription(speaker.name, speaker.organization, speaker.role);
}

/** A topic page: the topic and the titles of its sessions, cut to a description's length. */
export const topicDescription = (topic: string, sessions: SessionSummary[]): string =>
  excerpt(t.seo.topicDescription(topic, sessions.map((session) => session.title)));
