import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { slugFromText } from '../../lib/content/pinyin-slug';

// An editor in the web admin (`npm run admin`), on a copy of the site whose content/ is its own git
// repository, so a save can be judged by `git diff`. One dev server for all tests; Keystatic's dashboard
// renders only after its first compile, which takes minutes on a busy machine.
const repo = process.cwd();
const copy = join(repo, '.tmp', `admin-e2e-${process.pid}`);
const SKIPPED = new Set(['node_modules', '.next', '.next-admin', '.git', '.tmp', 'tests', 'test-results', 'playwright-report', 'reports', '.contentlayer', '.dev', 'out', 'package-lock.json']);
const EVENT = 'npcon-2023-beijing';
const TALK = '王小明谈推理服务的成本';
const EDITED = 'content/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture.md';

let server: ChildProcess | undefined;
let serverOutput = '';
let baseURL = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, encoding: 'utf8' });
const contentFile = (path: string) => join(copy, path);

/**
 * The admin page at `path`, once Keystatic's app has rendered its form and the dev server has stopped
 * reloading it (a save recompiles the preview, and the page reloads once or twice after).
 */
async function openAdmin(page: Page, path: string, ready: string) {
  let lastNavigation = Date.now();
  const onNavigation = (frame: Frame) => {
    if (frame === page.mainFrame()) lastNavigation = Date.now();
  };
  page.on('framenavigated', onNavigation);
  await page.goto(`${baseURL}${path}`, { timeout: 300_000 });
  await expect(page.getByRole('button', { name: ready })).toBeVisible({ timeout: 300_000 });
  await expect.poll(() => Date.now() - lastNavigation, { timeout: 180_000 }).toBeGreaterThan(5_000);
  await expect(page.getByRole('button', { name: ready })).toBeVisible({ timeout: 300_000 });
  page.off('framenavigated', onNavigation);
  return page.locator('#keystatic-main-panel');
}

/** Adds one item to a list field through its dialog, choosing `choice` from the suggestions. */
async function addListItem(page: Page, list: string, typed: string, choice: string) {
  const panel = page.locator('#keystatic-main-panel');
  await panel.getByRole('group', { name: list }).getByRole('button', { name: 'Add' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add item' });
  await dialog.getByRole('combobox').fill(typed);
  await page.getByRole('option', { name: choice, exact: true }).click();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
}

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // A run that was cut short leaves its copy behind, where type checking and linting would find it.
  for (const stale of existsSync(join(repo, '.tmp')) ? readdirSync(join(repo, '.tmp')) : []) {
    if (stale.startsWith('admin-e2e-')) rmSync(join(repo, '.tmp', stale), { recursive: true, force: true });
  }
  for (const entry of readdirSync(repo)) {
    if (!SKIPPED.has(entry)) cpSync(join(repo, entry), join(copy, entry), { recursive: true });
  }
  git('init', '-q');
  git('add', 'content');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'content before the admin');

  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  server = spawn('npm', ['run', 'admin'], {
    cwd: copy,
    detached: true,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk) => (serverOutput += chunk));
  server.stderr?.on('data', (chunk) => (serverOutput += chunk));
  // The terminal names the admin's address; then the first compile of the page and of the API.
  await expect.poll(() => serverOutput, { timeout: 60_000 }).toContain(`http://localhost:${port}/keystatic`);
  await expect
    .poll(() => fetch(`${baseURL}/keystatic`).then((response) => response.status, () => 0), { timeout: 480_000, intervals: [2_000] })
    .toBe(200);
  const tree = () => fetch(`${baseURL}/api/keystatic/tree`, { headers: { 'no-cors': '1' } }).then((response) => response.status, () => 0);
  await expect.poll(tree, { timeout: 300_000, intervals: [2_000] }).toBe(200);
});

test.afterAll(async () => {
  // npm, tsx and next run as one process group: stop all of it, and let it finish writing before the copy goes.
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  }
  rmSync(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

test('an editor creates speaker 王小明 and his talk; the check passes and the preview shows them', async ({ page }) => {
  let panel = await openAdmin(page, '/keystatic/collection/speakers/create', 'Create');
  await panel.getByRole('textbox', { name: '姓名' }).fill('王小明');
  // The slug comes from the name in pinyin, as `npm run new` makes it, and stays editable.
  await expect(panel.getByRole('textbox', { name: '文件名（也是网址）' })).toHaveValue('wang-xiaoming');
  await panel.getByRole('textbox', { name: '职务' }).fill('工程师');
  await panel.getByRole('textbox', { name: '单位' }).fill('示例公司');
  await expect(panel.getByRole('checkbox', { name: /^草稿/ })).toBeChecked();
  await panel.getByRole('textbox', { name: /嘉宾简介/ }).fill('王小明是示例公司的工程师。');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/keystatic\/collection\/speakers\/item\/wang-xiaoming$/, { timeout: 60_000 });
  expect(existsSync(contentFile('content/speakers/wang-xiaoming.md'))).toBe(true);

  panel = await openAdmin(page, `/keystatic/collection/sessions-${EVENT}/create`, 'Create');
  await panel.getByRole('textbox', { name: '标题' }).fill(TALK);
  const slug = slugFromText(TALK);
  await expect(panel.getByRole('textbox', { name: '文件名（也是网址）' })).toHaveValue(slug);
  await panel.getByRole('textbox', { name: '顺序' }).fill('7');
  // The picker lists the speakers' slugs, the new one among them.
  await addListItem(page, '演讲嘉宾', 'wang', 'wang-xiaoming');
  await panel.getByRole('textbox', { name: '摘要' }).fill('王小明介绍了推理服务的成本构成。');
  await addListItem(page, '话题', '推理', '推理优化');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(new RegExp(`/item/${slug}$`), { timeout: 60_000 });
  const talkFile = contentFile(`content/events/${EVENT}/sessions/${slug}.md`);
  expect(existsSync(talkFile)).toBe(true);

  // New files in the repository's style: UTF-8 without BOM, LF, double-quoted values, starting as drafts.
  const talk = readFileSync(talkFile, 'utf8');
  expect(talk).toBe(
    `---\ntitle: "${TALK}"\nkind: "talk"\norder: 7\nspeakers:\n  - "wang-xiaoming"\nsummary: "王小明介绍了推理服务的成本构成。"\ntopics:\n  - "推理优化"\ndraft: true\n---\n`,
  );
  expect(readFileSync(contentFile('content/speakers/wang-xiaoming.md'), 'utf8')).toBe(
    '---\nname: "王小明"\nrole: "工程师"\norganization: "示例公司"\ndraft: true\n---\n\n王小明是示例公司的工程师。\n',
  );

  execFileSync('npm', ['run', 'check:content'], { cwd: copy, stdio: 'pipe' });

  // The preview (drafts included) shows the talk in the event's agenda and on his page.
  for (const [url, region] of [[`/events/${EVENT}`, '议程'], ['/speakers/wang-xiaoming', undefined]] as const) {
    await expect(async () => {
      await page.goto(`${baseURL}${url}`, { timeout: 120_000 });
      const scope = region ? page.getByRole('region', { name: region }) : page.locator('main');
      await expect(scope.getByText(TALK).first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 240_000, intervals: [3_000] });
  }
});

test('editing one session’s summary changes only that line in git diff', async ({ page }) => {
  const slug = EDITED.split('/').pop()!.replace(/\.md$/, '');
  const panel = await openAdmin(page, `/keystatic/collection/sessions-${EVENT}/item/${slug}`, 'Save');
  const summary = panel.getByRole('textbox', { name: '摘要' });
  await expect(summary).not.toHaveValue('');
  await summary.fill('美团视觉智能部分享了 GPU 推理服务的架构：这是在后台里改过的摘要。');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => readFileSync(contentFile(EDITED), 'utf8'), { timeout: 60_000 }).toContain('这是在后台里改过的摘要');

  const diff = git('diff', '--unified=0', '--no-color', '--', 'content');
  const changed = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
  expect(changed).toEqual([
    expect.stringMatching(/^-summary: "/),
    '+summary: "美团视觉智能部分享了 GPU 推理服务的架构：这是在后台里改过的摘要。"',
  ]);
  expect(diff.match(/^diff --git/gm)).toHaveLength(1);
});
