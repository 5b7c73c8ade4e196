import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// A copy of the site in which one speaker, his session and one topic have no translation, built for
// production and served: the English pages still exist, in the English interface with the Chinese text
// marked as Chinese, a notice, noindex and a canonical to the Chinese page; the pair has no hreflang and
// no sitemap entry; wherever their Chinese text shows on other English pages (lists, cards, related
// sessions, search results) it is marked lang="zh-CN", and nothing English is.
const repo = process.cwd();
const copy = join(repo, '.tmp', `untranslated-build-${process.pid}`);
const SKIPPED = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report', '.contentlayer', '.dev', '.tmp', 'tests', 'out', 'package-lock.json']);
const UNTRANSLATED = '/speakers/owen-zhu';
const EVENT = '/events/npcon-2023-beijing';
const UNTRANSLATED_SESSION = `${EVENT}/sessions/ai-large-model-compute-systems`;
/** Dropped from the copy's topic dictionary: its English page keeps the Chinese name and address. */
const UNTRANSLATED_TOPIC = '大模型训练';

let server: ChildProcess | undefined;
let baseURL = '';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith('untranslated-build-')) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  for (const entry of readdirSync(repo)) {
    if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(copy, entry), { recursive: true });
  }
  rmSync(join(copy, `content${UNTRANSLATED}.en.md`));
  rmSync(join(copy, `content${UNTRANSLATED_SESSION}.en.md`));
  const dictionary = join(copy, 'content/topics.yml');
  writeFileSync(dictionary, readFileSync(dictionary, 'utf8').replace(new RegExp(`- zh: ${UNTRANSLATED_TOPIC}\n(  .*\n)+?(?=- zh:|$)`), ''));
  await run('npm', ['run', 'build']);
  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  server = spawn(join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: copy, stdio: 'ignore' });
  await expect.poll(() => fetch(baseURL).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(copy, { recursive: true, force: true });
});

test('the untranslated English page: English interface, Chinese text marked, notice, noindex, canonical to Chinese', async ({ page }) => {
  const response = await page.goto(`${baseURL}/en${UNTRANSLATED}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-untranslated-notice]')).toContainText('not been translated yet');
  await expect(page.getByRole('heading', { name: 'Biography' })).toBeVisible();
  await expect(page.locator('h1 [lang="zh-CN"]')).toHaveText('Owen Zhu');
  await expect(page.locator('.prose-recap[lang="zh-CN"]')).toContainText('浪潮信息');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`[^n]${UNTRANSLATED}$`));
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});

test('its Chinese page lists no hreflang, and neither English nor the pair is in the sitemap as a pair', async ({ page, request }) => {
  await page.goto(`${baseURL}${UNTRANSLATED}`);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const sitemap = await (await request.get(`${baseURL}/sitemap.xml`)).text();
  expect(sitemap).not.toMatch(new RegExp(`<loc>[^<]*/en${UNTRANSLATED}</loc>`));
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*[^n]${UNTRANSLATED}</loc>`));
  expect(sitemap).not.toMatch(new RegExp(`hreflang="en" href="[^"]*/en${UNTRANSLATED}"`));
  // A translated speaker keeps its pair.
  expect(sitemap).toMatch(/hreflang="en" href="[^"]*\/en\/speakers\/chen-wei"/);
});

/**
 * The page's text nodes (scripts and styles aside) that break the rule: Chinese script not inside
 * lang="zh-CN", or text inside lang="zh-CN" that is neither Chinese script nor a Latin value of a Chinese
 * original (a name such as Owen Zhu, a topic such as GPU, an organizer such as CSDN).
 */
async function languageMarkingErrors(page: Page, latinValuesOfChinese: string[], readersQuery?: string) {
  return page.evaluate(([allowed, query]) => {
    const han = /\p{Script=Han}/u;
    const errors: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, template, [hidden]')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang');
      // The reader's own query, echoed by the search page, is theirs and not content of the site.
      const readers = query !== undefined && text.includes(query);
      if (han.test(text) && lang !== 'zh-CN' && !readers) errors.push(`unmarked Chinese: ${text}`);
      // A Chinese recap's own Latin words (<strong>GPU</strong>) are its text, not the interface's.
      // So are the initials drawn from a Chinese original's name (OZ), hidden from assistive technology.
      const ownWords = parent.closest('.prose-recap, [aria-hidden="true"]') !== null;
      if (lang === 'zh-CN' && !han.test(text) && !ownWords && !allowed.includes(text)) errors.push(`English marked as Chinese: ${text}`);
    }
    return errors;
  }, [latinValuesOfChinese, readersQuery] as const);
}

/** Latin text the Chinese originals hold (so it may appear as part of an untranslated document). */
const LATIN_IN_CHINESE = ['Owen Zhu', 'Owen', 'CSDN', 'AI', 'GPU', '·', '“', '”', '：', '，', '。'];

test.describe('an English reader meets untranslated text', () => {
  const pages = [
    ['the home page', '/en'],
    ['the event page and its agenda', `/en${EVENT}`],
    ['the untranslated session', `/en${UNTRANSLATED_SESSION}`],
    ['a translated session, related to the untranslated one', `/en${EVENT}/sessions/llm-deployment-training-architecture-chips`],
    ['the speakers grouped by initial', '/en/speakers'],
    ['the untranslated speaker', `/en${UNTRANSLATED}`],
    ['the topics', '/en/topics'],
    ['the untranslated topic', `/en/topics/${encodeURIComponent(UNTRANSLATED_TOPIC)}`],
    ['the events archive', '/en/events'],
  ] as const;
  for (const [name, path] of pages) {
    test(`${name}: Chinese text marked lang="zh-CN", nothing English so`, async ({ page }) => {
      const response = await page.goto(`${baseURL}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await languageMarkingErrors(page, LATIN_IN_CHINESE)).toEqual([]);
    });
  }

  test('the agenda marks the untranslated session, and only it', async ({ page }) => {
    await page.goto(`${baseURL}/en${EVENT}`);
    const agenda = page.getByRole('region', { name: /Agenda/ });
    await expect(agenda.locator(`a[href="/en${UNTRANSLATED_SESSION}"]`)).toHaveAttribute('lang', 'zh-CN');
    await expect(agenda.locator(`a[href="/en${UNTRANSLATED_SESSION}"]`)).toHaveText('AI大模型算力系统分析');
    await expect(agenda.locator('a[href*="/sessions/"][lang]')).toHaveCount(1);
    await expect(agenda.locator(`a[href="/en${UNTRANSLATED}"]`).first()).toHaveAttribute('lang', 'zh-CN');
  });

  test('the untranslated topic keeps its Chinese name, marked, on the session that has it', async ({ page }) => {
    await page.goto(`${baseURL}/en${UNTRANSLATED_SESSION}`);
    const topic = page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: UNTRANSLATED_TOPIC });
    await expect(topic.locator('[lang="zh-CN"]')).toHaveText(UNTRANSLATED_TOPIC);
    await expect(topic).toHaveAttribute('href', `/en/topics/${encodeURIComponent(UNTRANSLATED_TOPIC)}`);
  });

  test('searching in Chinese on the English search page finds the untranslated session, its title marked', async ({ page }) => {
    await page.goto(`${baseURL}/en/search`);
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('算力系统');
    const results = page.getByRole('list', { name: 'Search results' });
    const hit = results.locator(`a[href="/en${UNTRANSLATED_SESSION}"]`);
    await expect(hit).toBeVisible();
    await expect(hit.locator('[lang="zh-CN"]').first()).toContainText('AI大模型算力系统分析');
    // The line above the title is the English interface's: the session's kind and its (translated) event.
    await expect(hit).toContainText('Keynote · New Programmer Conference');
    expect(await languageMarkingErrors(page, LATIN_IN_CHINESE, '算力系统')).toEqual([]);
  });

  test('searching in English matches word prefixes: "infer" finds the inference talk, in English', async ({ page }) => {
    await page.goto(`${baseURL}/en/search`);
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('infer');
    const results = page.getByRole('list', { name: 'Search results' });
    const meituan = results.locator(`a[href="/en${EVENT}/sessions/meituan-vision-gpu-inference-architecture"]`);
    await expect(meituan).toBeVisible();
    await expect(meituan).toContainText('Inference');
    await expect(meituan.locator('[lang]')).toHaveCount(0);
    expect(await languageMarkingErrors(page, LATIN_IN_CHINESE)).toEqual([]);
  });
});
