import { collection, config } from '@keystatic/core';
import type { AdminCatalog } from './catalog';
import { contentModels, entryShape, schemaFor } from './fields-from-model';

// The admin's collections. Keystatic allows one wildcard per collection path, so each event's sessions
// are a collection of their own, generated from the events present when the admin page loads.

/** The collection key of an event's sessions (also its address: /keystatic/collection/<key>). */
export const sessionsCollection = (event: string) => `sessions-${event}`;

export function adminConfig(catalog: AdminCatalog) {
  const context = { topics: catalog.topics };
  const sessionSchema = schemaFor(contentModels.session, context);
  const sessions = Object.fromEntries(
    catalog.events.map((event) => [
      sessionsCollection(event.slug),
      collection({
        label: `场次 · ${event.slug}`,
        path: `content/events/${event.slug}/sessions/*`,
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'form',
        columns: ['title'],
        schema: sessionSchema,
      }),
    ]),
  );
  return config({
    storage: { kind: 'local' },
    ui: {
      brand: { name: '大会回顾 · 内容管理' },
      navigation: { 内容: ['events', 'speakers'], 场次: Object.keys(sessions) },
    },
    collections: {
      events: collection({
        label: '活动',
        path: 'content/events/*/',
        slugField: 'title',
        format: { contentField: 'body' },
        columns: ['title'],
        schema: schemaFor(contentModels.event, context),
      }),
      speakers: collection({
        label: '嘉宾',
        path: 'content/speakers/*',
        slugField: 'name',
        format: { contentField: 'body' },
        columns: ['name'],
        schema: schemaFor(contentModels.speaker, context),
      }),
      ...sessions,
    },
  });
}

export type AdminConfig = ReturnType<typeof adminConfig>;

/** The document type a content path belongs to, for the write path; undefined outside the collections. */
export function modelForPath(path: string) {
  if (/^content\/speakers\/[^/]+\.md$/.test(path)) return contentModels.speaker;
  if (/^content\/events\/[^/]+\/index\.md$/.test(path)) return contentModels.event;
  if (/^content\/events\/[^/]+\/sessions\/[^/]+\.md$/.test(path)) return contentModels.session;
  return undefined;
}

export { entryShape };
