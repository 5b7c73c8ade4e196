import { contentFor } from '../content';
import type { Locale } from '../locales';
import { createPageGetters } from './page-getters';

/**
 * One getter per page: routes call these and render what they return. They live beside lib/content, not
 * in it, because reading time, contents and related sessions read text with lib/search's tokenizer,
 * and lib/search reads lib/content's types: folders of lib/ import in one direction.
 */
export type PageGetters = ReturnType<typeof createPageGetters>;

const editions = new Map<Locale, PageGetters>();

/** The page getters of one edition, made once: its URLs, its language, its documents. */
export function pagesFor(locale: Locale): PageGetters {
  let getters = editions.get(locale);
  if (!getters) {
    const content = contentFor(locale);
    editions.set(locale, (getters = createPageGetters(content, content.edition)));
  }
  return getters;
}

/** The Chinese edition's getters, for the code that has no page locale. */
export const {
  getHomePage,
  getEventPage,
  getEventsPage,
  getSessionPage,
  getSpeakersPage,
  getSpeakerPage,
  getTopicsPage,
  getTopicPage,
  getTopicPages,
  getSiteNavigation,
} = pagesFor('zh-CN');
