import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Problem } from '@/lib/content/problem';
import { formatProblem, say } from '@/lib/i18n/messages';
import { validateContent } from '@/lib/content/validate';
import { hashTree } from '../../support/tree-hash';

const inEnglish = (problem: Problem) => formatProblem(problem, 'en');

// The scaffolder as an editor runs it without a terminal, into a copy of content/, checked by the content check.
// Each run starts a TypeScript process (about a second; more on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const repo = process.cwd();
let root: string;

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(repo, script), ...args, '--root', root], {
    cwd: repo,
    encoding: 'utf8',
    input: '',
  });
const scaffold = (...args: string[]) => run('scripts/new.ts', args);
const checkCli = () => run('scripts/check-content.ts', []);
/** The content check in-process (the same function the CLI runs), as the CLI would print it. */
function check() {
  const { problems, todos } = validateContent(root);
  return { status: problems.length > 0 ? 1 : 0, stdout: todos.map(inEnglish).join('\n'), stderr: problems.map(inEnglish).join('\n') };
}
const frontMatter = (path: string) => parseYaml(readFileSync(join(root, path), 'utf8').split(/^---$/m)[1] ?? '');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'npcon-new-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new -- speaker', () => {
  it('writes a draft speaker under a pinyin slug, says where and what next, and passes the check with a to-do', () => {
    const result = scaffold('speaker', '--name', '王五', '--role', '工程师', '--organization', '某公司');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ 已创建 content/speakers/wang-wu.md（草稿）');
    expect(result.stdout).toContain('下一步');
    expect(frontMatter('content/speakers/wang-wu.md')).toEqual({ name: '王五', role: '工程师', organization: '某公司', draft: true });

    const checked = checkCli();
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('content/speakers/wang-wu.md: body: 还有占位符【待填写】：在 front matter 下面写嘉宾简介');
  });

  it('never overwrites: the same speaker again is refused and the file is unchanged', () => {
    const before = hashTree(join(root, 'content'));
    const result = scaffold('speaker', '--name', '王五', '--role', '经理', '--organization', '别的公司');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/speakers/wang-wu.md 已经存在（王五），不会覆盖');
    expect(result.stderr).toContain('没有写入任何文件');
    expect(hashTree(join(root, 'content'))).toBe(before);
  });

  it('takes --slug for a namesake', () => {
    expect(scaffold('speaker', '--name', '王五', '--role', '经理', '--organization', '别的公司', '--slug', 'wang-wu-2').status).toBe(0);
    expect(existsSync(join(root, 'content/speakers/wang-wu-2.md'))).toBe(true);
  });
});

describe('npm run new -- session', () => {
  const path = 'content/events/npcon-2023-beijing/sessions/da-mo-xing-tui-li-shi-jian.md';

  it('writes the next free order, the speakers (by slug or by name) and a skeleton to fill in', () => {
    const result = scaffold('session', '--event', 'npcon-2023-beijing', '--title', '大模型推理实践', '--speakers', 'wang-wu,陈巍');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`✓ 已创建 ${path}（草稿）`);
    expect(result.stdout).toContain('http://localhost:3000/events/npcon-2023-beijing/sessions/da-mo-xing-tui-li-shi-jian');
    expect(frontMatter(path)).toMatchObject({
      title: '大模型推理实践',
      kind: 'talk',
      order: 7,
      speakers: ['wang-wu', 'chen-wei'],
      draft: true,
    });
    const text = readFileSync(join(root, path), 'utf8');
    expect(text).toMatch(/^## 【待填写】第一部分的小标题$/m);
    expect(text).toContain('# quotes:');
    const checked = check();
    expect(checked.status).toBe(0);
    for (const field of ['summary', 'topics[0]', 'takeaways[0]', 'body']) expect(checked.stdout).toContain(`${path}: ${field}: still has the placeholder`);
  });

  it('refuses an unknown speaker, names the near miss, and writes nothing', () => {
    const before = hashTree(join(root, 'content'));
    const result = scaffold('session', '--event', 'npcon-2023-beijing', '--title', '另一场', '--speakers', 'chen-wie');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--speakers chen-wie：没有这位嘉宾：content/speakers/chen-wie.md 不存在；你是不是要写 chen-wei（陈巍）？');
    expect(hashTree(join(root, 'content'))).toBe(before);
  });

  it('without a terminal, lists every missing flag at once', () => {
    const result = scaffold('session', '--event', 'npcon-2023-beijing');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ 缺少 --title（标题（演讲标题，不加书名号）），例如 --title');
    expect(result.stderr).toContain('✗ 缺少 --speakers（');
    expect(result.stderr).toContain('用法：');
  });

  it('refuses an order that is taken and says which is free', () => {
    const result = scaffold('session', '--event', 'npcon-2023-beijing', '--title', '插队', '--speakers', 'chen-wei', '--order', '3');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('第 3 场已经是 content/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture.md；同一活动的每个场次要有自己的顺序；下一个空位是 8');
  });

  it('writes a roundtable with a moderator and at least two panelists', () => {
    const tooFew = scaffold('roundtable', '--title', '圆桌', '--moderator', 'csdn-ai-editors', '--panelists', 'ding-ning');
    expect(tooFew.status).toBe(1);
    expect(tooFew.stderr).toContain('至少要 2 位');
    const result = scaffold('roundtable', '--title', '新圆桌', '--moderator', 'csdn-ai-editors', '--panelists', 'ding-ning，shen-lei', '--slug', 'new-panel');
    expect(result.status).toBe(0);
    expect(frontMatter('content/events/npcon-2023-beijing/sessions/new-panel.md')).toMatchObject({
      kind: 'roundtable',
      order: 8,
      moderator: 'csdn-ai-editors',
      panelists: ['ding-ning', 'shen-lei'],
    });
    expect(check().status).toBe(0);
  });
});

describe('npm run new -- event', () => {
  it('writes a draft event, and its first session gets order 1', () => {
    const result = scaffold('event', '--slug', 'npcon-2024-shanghai', '--title', '示例大会', '--city', '上海', '--date', '2024/3/16');
    expect(result.status).toBe(0);
    expect(frontMatter('content/events/npcon-2024-shanghai/index.md')).toMatchObject({
      title: '示例大会',
      series: 'npcon',
      city: '上海',
      date: '2024-03-16',
      organizers: ['CSDN', '《新程序员》'],
      draft: true,
    });
    const session = scaffold('session', '--event', 'npcon-2024-shanghai', '--title', 'Opening', '--speakers', 'owen-zhu');
    expect(session.status).toBe(0);
    expect(frontMatter('content/events/npcon-2024-shanghai/sessions/opening.md')).toMatchObject({ order: 1 });
    expect(check().status).toBe(0);
  });

  it('refuses an impossible date', () => {
    const result = scaffold('event', '--slug', 'x-2023', '--title', 't', '--city', '北京', '--date', '2023-02-30');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--date 2023-02-30：不是真实的日期');
  });
});

describe('npm run new refuses the slugs the site\'s own pages take', () => {
  const event = ['--title', '示例大会', '--city', '上海', '--date', '2024-03-16'];
  const speaker = ['--name', '李特', '--role', '工程师', '--organization', '某公司'];
  it.each([
    ['event', 'series', event, 'slug-reserved-event'],
    ['event', 'city', event, 'slug-reserved-event'],
    ['speaker', 'letter', speaker, 'slug-reserved-speaker'],
  ] as const)('%s --slug %s, in the content check\'s words, in Chinese and English, writing nothing', (kind, slug, flags, code) => {
    for (const lang of ['zh', 'en'] as const) {
      const before = hashTree(join(root, 'content'));
      const result = scaffold(kind, ...flags, '--slug', slug, ...(lang === 'en' ? ['--lang', 'en'] : []));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(say({ code, params: { slug } }, lang));
      expect(result.stderr).toContain(`/${kind === 'event' ? 'events' : 'speakers'}/${slug}/`);
      expect(hashTree(join(root, 'content'))).toBe(before);
    }
  });
});

describe('publishing a scaffolded file', () => {
  it('fails the check while a 待填写 mark is left, and passes once the text is written', () => {
    const path = join(root, 'content/speakers/wang-wu.md');
    const draft = readFileSync(path, 'utf8');
    writeFileSync(path, draft.replace('draft: true\n', ''));
    const unfinished = check();
    expect(unfinished.status).toBe(1);
    expect(unfinished.stderr).toContain('content/speakers/wang-wu.md: body: still has the placeholder 【待填写】: write the biography below the front matter');

    writeFileSync(path, draft.replace('draft: true\n', '').replace(/【待填写】.*$/m, '王五是某公司的工程师。'));
    const result = check();
    expect(result.stdout + result.stderr).not.toContain('content/speakers/wang-wu.md');
  });
});
