import { content } from '../content';
import { createPageGetters } from './page-getters';

/**
 * One getter per page: routes call these and render what they return. They live beside lib/content, not
 * in it, because reading time, contents and related sessions read text with lib/search's tokenizer,
 * and lib/search reads lib/content's types: folders of lib/ import in one direction.
 */
export const {
  getHomePage,
  getEventPage,
  getSessionPage,
  getSpeakersPage,
  getSpeakerPage,
  getTopicsPage,
  getTopicPage,
  getSiteNavigation,
} = createPageGetters(content);
