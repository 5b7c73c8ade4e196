export { eventGraph, homeGraph, sessionGraph, speakerGraph, speakersIndexGraph } from './graphs';
export { serializeJsonLd } from './serialize';
export { topicGraph, topicsIndexGraph } from './topic-graphs';
export { eventsGraph, speakersListingGraph } from './listing-graphs';
