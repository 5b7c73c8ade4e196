import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ContentStore } from '@/lib/content/store';
import type { EventView, SessionView, SpeakerView } from '@/lib/content/types';
import { eventFile, eventsFile, speakersFile } from '@/lib/open-data/files';
import { apiFiles, apiJsonSchema, type ApiFileName } from '@/lib/open-data/schemas';
import { absoluteUrl } from '@/lib/site';
import { recordingsStore } from '../../../fixtures/recordings/store';
import { summit } from '../search/summit';

const NOW = new Date('2026-12-01T12:00:00Z');

/** Every open-data file a build writes for a store, by the schema it names. */
function filesOf(store: ContentStore): [ApiFileName, unknown][] {
  const events = store.getEvents().map((event) => store.getEvent(event.slug) as EventView);
  const published = events.filter((event) => !event.draft);
  const sessionsOf = (event: EventView) => event.sessions.map((s) => store.getSession(event.slug, s.slug) as SessionView);
  return [
    ['events', eventsFile(events, NOW)],
    ...published.map((event): [ApiFileName, unknown] => ['event', eventFile(event, sessionsOf(event), NOW)]),
    ['speakers', speakersFile(store.getSpeakers().map((s) => store.getSpeaker(s.slug) as SpeakerView), NOW)],
  ];
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = Object.fromEntries(
  (Object.keys(apiFiles) as ApiFileName[]).map((name) => [name, ajv.compile(apiJsonSchema(name))]),
) as Record<ApiFileName, ReturnType<typeof ajv.compile>>;

describe('the open data’s JSON Schemas', () => {
  it('are draft 2020-12 schemas with their own absolute $id', () => {
    for (const name of Object.keys(apiFiles) as ApiFileName[]) {
      const schema = apiJsonSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(absoluteUrl(`/schemas/api/${name}.schema.json`));
    }
  });

  it.each([
    ['the summit', summit],
    ['the recordings fixture', recordingsStore()],
  ])('validate every file built from %s, each naming its own schema', (_name, store) => {
    for (const [name, file] of filesOf(store)) {
      const valid = validators[name](file);
      expect(validators[name].errors ?? [], name).toEqual([]);
      expect(valid).toBe(true);
      expect((file as { $schema: string }).$schema).toBe(apiJsonSchema(name).$id);
    }
  });

  it('reject a file that breaks the contract: an unknown kind, a relative URL, an extra field', () => {
    const [, file] = filesOf(summit).find(([name]) => name === 'event') as [ApiFileName, ReturnType<typeof eventFile>];
    const broken = (change: (copy: ReturnType<typeof eventFile>) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return validators.event(copy);
    };
    expect(broken(() => undefined)).toBe(true);
    expect(broken((copy) => Object.assign(copy.sessions[0] as object, { kind: 'workshop' }))).toBe(false);
    expect(broken((copy) => Object.assign(copy.sessions[0] as object, { url: '/events/x' }))).toBe(false);
    expect(broken((copy) => Object.assign(copy.event, { secret: 1 }))).toBe(false);
    expect(broken((copy) => Object.assign(copy.sessions[0] as object, { order: 0 }))).toBe(false);
  });
});

describe('the open data agrees with the pages', () => {
  it('lists the events newest first with their sessions in agenda order, as the pages do', () => {
    const store = recordingsStore();
    const files = filesOf(store);
    const events = files[0]?.[1] as ReturnType<typeof eventsFile>;
    expect(events.events.map((event) => event.slug)).toEqual(['fixture-beijing-2024', 'fixture-berlin-2024']);
    const berlin = files.find(([name, file]) => name === 'event' && (file as ReturnType<typeof eventFile>).event.slug === 'fixture-berlin-2024')?.[1] as ReturnType<typeof eventFile>;
    const page = store.getEvent('fixture-berlin-2024') as EventView;
    expect(berlin.sessions.map((s) => [s.order, s.title, s.url])).toEqual(page.sessions.map((s) => [s.order, s.title, absoluteUrl(s.url)]));
    expect(berlin.event).toMatchObject({ timezone: 'Europe/Berlin', venue: page.venue, calendar: absoluteUrl('/events/fixture-berlin-2024/calendar.ics') });
    const bilibili = berlin.sessions.find((s) => s.slug === 'bilibili-recording');
    expect(bilibili).toMatchObject({
      start: '09:00',
      end: '09:45',
      startsAt: '2024-03-31T07:00:00.000Z',
      video: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      slides: 'https://speakerdeck.com/example/fixture-slides',
      people: [{ speaker: 'fixture-wang-fang', role: 'speaker' }],
    });
  });

  it('gives the summit’s people by slug and every appearance a speaker page shows', () => {
    const speakers = (filesOf(summit).at(-1)?.[1] as ReturnType<typeof speakersFile>).speakers;
    expect(speakers.map((s) => s.slug)).toEqual(summit.getSpeakers().map((s) => s.slug));
    for (const speaker of speakers) {
      const page = summit.getSpeaker(speaker.slug) as SpeakerView;
      expect(speaker.name).toBe(page.name);
      expect(speaker.appearances.map((a) => a.url)).toEqual(page.appearances.map((a) => absoluteUrl(a.session.url)));
    }
    const event = filesOf(summit).find(([name]) => name === 'event')?.[1] as ReturnType<typeof eventFile>;
    // The article gives no times and no links: the summit's data has none either.
    for (const session of event.sessions) expect(Object.keys(session)).not.toEqual(expect.arrayContaining(['start']));
    expect(event.sessions.some((s) => 'video' in s || 'slides' in s)).toBe(false);
  });
});

describe('drafts in the open data', () => {
  it('never appear, even from the dev server’s store that shows them on pages', async () => {
    const { docs } = await import('../../../fixtures/content-store');
    const { createContentStore } = await import('@/lib/content/store');
    const dev = createContentStore(docs, { includeDrafts: true });
    const text = JSON.stringify(filesOf(dev).map(([, file]) => file));
    expect(dev.getEvents().some((event) => event.draft)).toBe(true);
    for (const draft of ['secret-2025', '未公开峰会', 'unfinished', '草稿场次']) expect(text).not.toContain(draft);
    for (const [name, file] of filesOf(dev)) expect(validators[name](file), name).toBe(true);
  });
});
