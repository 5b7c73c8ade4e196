import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copySite, type SiteCopy } from './support/site-copy';

// A copy of the site with the recordings fixture (tests/fixtures/recordings): sessions with a video on
// each player host, one elsewhere, slides, and times in Europe/Berlin. content/ itself has no links.
// A production build of the copy (after any other spec's copy: they take turns).
const BUILD_TIMEOUT = 900_000;
let site: SiteCopy | undefined;
let baseURL = '';
const SESSIONS = '/events/fixture-berlin-2024/sessions';
const PLAYER_FEATURES = ['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture'];

test.describe.configure({ mode: 'serial', timeout: BUILD_TIMEOUT });

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT);
  site = copySite('recordings-build');
  site.addContent(join(process.cwd(), 'tests/fixtures/recordings'));
  await site.build();
  baseURL = await site.serve();
});

test.afterAll(() => site?.remove());

/** Every request the page makes to another origin; the player hosts answer with a stub page. */
async function watchRequests(page: Page) {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL)) outside.push(request.url());
  });
  await page.route(/^https:\/\/(player\.bilibili\.com|www\.youtube-nocookie\.com|player\.vimeo\.com)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stub</title><p>player stub</p>' }),
  );
  return outside;
}

const directive = (policy: string, name: string) =>
  policy.split('; ').find((part) => part.startsWith(`${name} `))?.slice(name.length + 1);

test('a Bilibili recording loads nothing from Bilibili until the reader clicks play, then the player', async ({ page }) => {
  const outside = await watchRequests(page);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(`${baseURL}${SESSIONS}/bilibili-recording`);
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);

  const play = page.getByRole('main').getByRole('button', { name: /播放/ });
  await expect(play).toContainText('有哔哩哔哩录像的演讲');
  await play.click();

  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('src', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=1');
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(frame).toHaveAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
  await expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  await expect(page.frameLocator('iframe').getByText('player stub')).toBeVisible();
  expect(outside.every((url) => url.startsWith('https://player.bilibili.com/'))).toBe(true);
  expect(outside.length).toBeGreaterThan(0);
  // The page's policy let the player in: nothing refused before or after the click.
  expect(violations).toEqual([]);

  // The page lets that player, and nothing else, frame and use the player features.
  const headers = response?.headers() ?? {};
  expect(directive(headers['content-security-policy'] ?? '', 'frame-src')).toBe('https://player.bilibili.com');
  for (const feature of PLAYER_FEATURES) {
    expect(headers['permissions-policy']).toContain(`${feature}=(self "https://player.bilibili.com")`);
  }
  expect(headers['permissions-policy']).toContain('camera=()');
  const allowed = await frame.evaluate((element, features) => {
    const policy = (element as HTMLIFrameElement & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
    return policy ? features.map((feature) => policy.allowsFeature(feature)) : null;
  }, PLAYER_FEATURES);
  // Chromium reports the frame's effective policy: the header and the iframe's allow agree.
  expect(allowed).toEqual(PLAYER_FEATURES.map(() => true));

  await expect(page.getByRole('link', { name: /在哔哩哔哩观看/ })).toHaveAttribute('href', 'https://www.bilibili.com/video/BV1GJ411x7h7');
  await expect(page.getByRole('link', { name: /演讲幻灯片.*speakerdeck\.com/ })).toHaveAttribute('href', 'https://speakerdeck.com/example/fixture-slides');
});

for (const [slug, origin] of [
  ['youtube-recording', 'https://www.youtube-nocookie.com'],
  ['vimeo-recording', 'https://player.vimeo.com'],
] as const) {
  test(`${slug}: the same click-to-load player, framing only ${origin}`, async ({ page }) => {
    const outside = await watchRequests(page);
    const response = await page.goto(`${baseURL}${SESSIONS}/${slug}`);
    expect(outside).toEqual([]);
    expect(directive(response?.headers()['content-security-policy'] ?? '', 'frame-src')).toBe(origin);
    await page.getByRole('main').getByRole('button', { name: /播放/ }).click();
    await expect(page.locator('iframe')).toHaveAttribute('src', new RegExp(`^${origin.replace(/\./g, '\\.')}/`));
    await expect(page.frameLocator('iframe').getByText('player stub')).toBeVisible();
  });
}

test('pages without a player keep frame-src none and today’s Permissions-Policy', async ({ page, request }) => {
  for (const path of [`${SESSIONS}/other-host-recording`, `${SESSIONS}/before-the-change`, '/events/fixture-berlin-2024']) {
    const headers = (await request.get(`${baseURL}${path}`)).headers();
    expect(directive(headers['content-security-policy'] ?? '', 'frame-src'), path).toBe("'none'");
    expect(headers['permissions-policy'], path).toContain('fullscreen=()');
  }
  await page.goto(`${baseURL}${SESSIONS}/other-host-recording`);
  await expect(page.getByRole('main').getByRole('button', { name: /播放/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /演讲视频.*media\.example\.org/ })).toHaveAttribute('href', 'https://media.example.org/recordings/talk.mp4');
});

test('the agenda shows each time in the event’s zone, named, and offers the calendar', async ({ page, request }) => {
  await page.goto(`${baseURL}/events/fixture-berlin-2024`);
  const agenda = page.getByRole('region', { name: '议程' });
  const entry = (title: string) => agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(entry('夏令时之前的演讲')).toContainText('01:30–01:50（中欧标准时间）');
  await expect(entry('有哔哩哔哩录像的演讲')).toContainText('09:00–09:45（中欧夏令时间）');
  await expect(entry('有 Vimeo 录像的演讲').locator('time')).toHaveCount(0);
  await expect(agenda.locator('time').first()).toHaveAttribute('datetime', '2024-03-31T00:30:00.000Z');
  const link = page.getByRole('link', { name: '添加到日历' });
  await expect(link).toHaveAttribute('href', '/events/fixture-berlin-2024/calendar.ics');
  const ics = await request.get(`${baseURL}/events/fixture-berlin-2024/calendar.ics`);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await ics.text()).toContain('DTSTART;TZID=Europe/Berlin:20240331T090000\r\n');

  await page.goto(`${baseURL}${SESSIONS}/bilibili-recording`);
  await expect(page.getByRole('main').getByRole('link', { name: '添加到日历' })).toBeVisible();
  await page.goto(`${baseURL}${SESSIONS}/vimeo-recording`);
  await expect(page.getByRole('main').getByRole('link', { name: '添加到日历' })).toHaveCount(0);
});
