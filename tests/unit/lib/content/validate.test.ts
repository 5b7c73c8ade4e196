import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '@/lib/content/problem';
import { formatProblem } from '@/lib/i18n/messages';
import { validateContent } from '@/lib/content/validate';
import { hashTree } from '../../../support/tree-hash';

const inEnglish = (problem: Problem) => formatProblem(problem, 'en');

vi.setConfig({ testTimeout: 30_000 });

const fixtures = join(process.cwd(), 'tests/fixtures');
const valid = join(fixtures, 'valid');
const invalid = join(fixtures, 'invalid');
const sessions = 'content/events/demo-2024/sessions';

// One file per kind of mistake in docs/content-model.md ("What a bad file gets"), plus the hints this check adds.
const EXPECTED = [
  'content/events/bad-date/index.md: date: is not a real date written YYYY-MM-DD, e.g. 2023-08-12',
  `${sessions}/duplicate-order-a.md: order: 8 is also used by ${sessions}/duplicate-order-b.md; each session of an event needs its own order; the next free one is 15 (to insert in between, first add one to the orders after it)`,
  `${sessions}/duplicate-order-b.md: order: 8 is also used by ${sessions}/duplicate-order-a.md; each session of an event needs its own order; the next free one is 15 (to insert in between, first add one to the orders after it)`,
  `${sessions}/missing-summary.md: summary: is required; add a line like summary: "一段话的摘要"`,
  `${sessions}/names-draft-speaker.md: speakers[0]: speaker "draft-person" is still a draft (draft: true in content/speakers/draft-person.md); publish the speaker first or mark this session as a draft too`,
  `${sessions}/placeholder-published.md: summary: still has the placeholder 【待填写】: write one paragraph that sums it up (it is also the description search engines show)`,
  `${sessions}/quote-not-in-session.md: quotes[0].speaker: "wang-fang" is not one of this session's speakers, moderator or panelists (li-ming)`,
  `${sessions}/quoted-order.md: order: must be a number, but is the text "11"; write it without quotes: order: 11`,
  `${sessions}/roundtable-one-panelist.md: panelists: a roundtable needs at least 2 panelists, but has 1; list them as panelists: [a, b]`,
  `${sessions}/roundtable-without-moderator.md: moderator: is required for a roundtable: the slug of the host, e.g. moderator: csdn-ai-editors`,
  `${sessions}/unknown-field.md: topics: is required; add a line like topics: [推理优化, GPU]`,
  `${sessions}/unknown-field.md: tpoics: is not a field of this document; did you mean topics?`,
  `${sessions}/unknown-speaker.md: speakers[0]: unknown speaker "li-mng": there is no content/speakers/li-mng.md; did you mean "li-ming" (李明)?`,
  `${sessions}/unparseable.md: front matter: cannot be read (line 2 of the file): Nested mappings are not allowed in compact mappings; this value holds a character YAML reads specially (": ", " #", or a leading [ { * & ! | >); put the whole value in double quotes: title: "…"`,
  `${sessions}/wrong-kind.md: kind: must be one of keynote, talk, lightning, roundtable, but is the text "keynot"; did you mean keynote?`,
  `${sessions}/wrong-type.md: title: must be text, but is the number 123; put it in quotes: "123"`,
  'content/events/no-such-event/sessions/orphan.md: event: unknown event "no-such-event": there is no content/events/no-such-event/index.md; the events are: bad-date, demo-2024; a new event first needs npm run new -- event',
  'content/speakers/Wang_Wu.md: slug: the file name "Wang_Wu" is not a valid slug: use lowercase letters a-z, digits and single hyphens (pinyin for Chinese names, e.g. chen-wei); rename it to wang-wu',
];

function runCheck(root: string, args = ['--lang', 'en'], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--root', root, ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, CONTENT_LANG: '', ...env },
  });
}

describe('validateContent on the valid fixture tree', () => {
  it('finds no problem and counts every document', () => {
    const report = validateContent(valid);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ events: 2, sessions: 5, speakers: 5, translations: 0 });
  });

  it("lists a draft's 待填写 marks as to-dos, not problems", () => {
    expect(validateContent(valid).todos.map(inEnglish)).toEqual([
      `${sessions}/unfinished.md: body: still has the placeholder 【待填写】: write the recap below the front matter (headings and paragraphs)`,
      `${sessions}/unfinished.md: summary: still has the placeholder 【待填写】: write one paragraph that sums it up (it is also the description search engines show)`,
      `${sessions}/unfinished.md: topics[0]: still has the placeholder 【待填写】: write a topic name, e.g. 推理优化`,
    ]);
  });
});

describe('validateContent on the invalid fixture tree', () => {
  it('reports every problem at once, each as <path>: <field>: <message>', () => {
    expect(validateContent(invalid).problems.map(inEnglish)).toEqual(EXPECTED);
  });

  it('still counts the files it could read', () => {
    expect(validateContent(invalid).counts).toEqual({ events: 2, sessions: 15, speakers: 7, translations: 0 });
  });
});

describe('npm run check:content', () => {
  it('exits 1 and prints every problem, without writing to content/', () => {
    const before = hashTree(join(invalid, 'content'));
    const result = runCheck(invalid);
    expect(result.status).toBe(1);
    const printed = result.stderr.split('\n');
    for (const line of EXPECTED) expect(printed).toContain(line);
    expect(result.stderr).toContain('✗ content check failed: 18 problems in 17 files');
    expect(hashTree(join(invalid, 'content'))).toBe(before);
  });

  it('exits 0 on a valid tree and lists the drafts still to write', () => {
    const before = hashTree(join(valid, 'content'));
    const result = runCheck(valid);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Still to write in drafts (3 places; drafts are not published)');
    expect(result.stdout).toContain('✓ content check passed: 2 events, 5 sessions, 5 speakers');
    expect(hashTree(join(valid, 'content'))).toBe(before);
  });

  it('answers in Chinese by default, in English with CONTENT_LANG=en, paths and fields as written', () => {
    const chinese = runCheck(invalid, []);
    expect(chinese.status).toBe(1);
    expect(chinese.stderr).toContain(`${sessions}/wrong-type.md: title: 必须是文字，但现在是数字 123；加上引号："123"`);
    expect(chinese.stderr).toContain('content/events/bad-date/index.md: date: 不是真实的日期；写成 YYYY-MM-DD，例如 2023-08-12');
    expect(chinese.stderr).toContain('✗ 内容检查未通过：17 个文件里有 18 个问题');
    const english = runCheck(invalid, [], { CONTENT_LANG: 'en' });
    expect(english.stderr).toContain(`${sessions}/wrong-type.md: title: must be text, but is the number 123; put it in quotes: "123"`);
  });
});
