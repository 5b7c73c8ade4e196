import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test, type APIRequestContext } from '@playwright/test';

// The open data as a client sees it from `npm start`: headers, schemas, and the same facts as the pages.

const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const pathOf = (url: string) => new URL(url).pathname;

async function getJson(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe('application/json; charset=utf-8');
  expect(response.headers()['access-control-allow-origin'], path).toBe('*');
  return (await response.json()) as Record<string, unknown> & { $schema: string };
}

/** Fetches a file and its schema (from the URL the file names) and validates one against the other. */
async function validated<T>(request: APIRequestContext, path: string): Promise<T> {
  const file = await getJson(request, path);
  const schema = await getJson(request, pathOf(file.$schema));
  const validate = ajv.getSchema(schema.$id as string) ?? ajv.compile(schema);
  expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  return file as T;
}

interface EventsFile {
  events: { slug: string; title: string; url: string; data: string; calendar: string }[];
}
interface EventFile {
  sessions: { title: string; url: string; people: { speaker: string }[] }[];
}
interface SpeakersFile {
  speakers: { slug: string; name: string; url: string }[];
}

test('every open-data file validates against its schema and matches the pages', async ({ request, page }) => {
  const { events } = await validated<EventsFile>(request, '/api/v1/events.json');
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    const { sessions } = await validated<EventFile>(request, pathOf(event.data));
    await page.goto(pathOf(event.url));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(event.title);
    const agenda = page.getByRole('region', { name: '议程' }).getByRole('heading', { level: 3 });
    await expect(agenda).toHaveText(sessions.map((session) => session.title));
    for (const session of sessions) expect((await request.get(pathOf(session.url))).status()).toBe(200);
    const calendar = await request.get(pathOf(event.calendar));
    expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }
  const { speakers } = await validated<SpeakersFile>(request, '/api/v1/speakers.json');
  await page.goto('/speakers');
  for (const speaker of speakers) {
    await expect(page.getByRole('main').getByRole('link', { name: speaker.name }).first()).toHaveAttribute('href', pathOf(speaker.url));
  }
});

test('the footer links the open data, and an unknown event file is a 404', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /开放数据/ })).toHaveAttribute('href', '/api/v1/events.json');
  expect((await request.get('/api/v1/events/no-such-event.json')).status()).toBe(404);
  expect((await request.get('/schemas/api/nothing.schema.json')).status()).toBe(404);
});
