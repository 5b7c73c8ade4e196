import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldRules } from '@/lib/content/model/zod';
import { readFrontMatter } from '@/lib/content/source-files';
import type { Ask } from '@/lib/editor/field-spec';
import { scaffold } from '@/lib/editor/scaffold';
import { renderEvent, renderSession, renderSpeaker } from '@/lib/editor/templates';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'npcon-scaffold-'));
  cpSync(join(process.cwd(), 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A terminal that types the given answers in turn, recording each question and the default it offered. */
function scriptedTerminal(answers: string[]) {
  const asked: string[] = [];
  const ask: Ask = async (spec, initial) => {
    asked.push(`${spec.key}${initial ? ` [${initial}]` : ''}`);
    return answers.shift() ?? '';
  };
  return { ask, asked };
}

describe('scaffold in a terminal', () => {
  it('asks for each field, offers defaults that Enter accepts, and asks again after a wrong answer', async () => {
    const terminal = scriptedTerminal(['', '圆桌：下一步', '圆桌', 'zhou-jie', 'li-mng, wang-fang', 'li-ming, wang-fang', '', '']);
    const said: string[] = [];
    const result = await scaffold('session', { root, flags: {}, draft: true, ask: terminal.ask, report: (line) => said.push(line) });
    expect(terminal.asked).toEqual([
      'event [demo-2024]',
      'title',
      'kind [talk]',
      'moderator',
      'panelists',
      'panelists',
      'slug [yuan-zhuo-xia-yi-bu]',
      'order [5]',
    ]);
    expect(said.join('\n')).toContain('你是不是要写 li-ming（李明）？');
    expect(result).toMatchObject({ ok: true, path: 'content/events/demo-2024/sessions/yuan-zhuo-xia-yi-bu.md' });
    const text = readFileSync(join(root, 'content/events/demo-2024/sessions/yuan-zhuo-xia-yi-bu.md'), 'utf8');
    expect(text).toContain('kind: "roundtable"\norder: 5\nmoderator: "zhou-jie"\npanelists:\n  - "li-ming"\n  - "wang-fang"\n');
  });

  it('asks only for what the flags leave out', async () => {
    const terminal = scriptedTerminal(['工程师', '示例']);
    const result = await scaffold('speaker', { root, flags: { name: '欧阳娜娜', slug: 'ouyang-nana' }, draft: false, ask: terminal.ask });
    expect(terminal.asked).toEqual(['role', 'organization']);
    expect(result).toMatchObject({ ok: true, path: 'content/speakers/ouyang-nana.md', draft: false });
  });
});

describe('the files the scaffolder writes', () => {
  const fields = (text: string) => {
    const parsed = readFrontMatter(text);
    if ('error' in parsed) throw new Error(parsed.error);
    return parsed.data;
  };

  it('have front matter that meets the contract, title with a colon and 《》 included', () => {
    const speaker = renderSpeaker({ slug: 'wang-wu', name: '王五', role: '工程师', organization: '某公司: 研究院', draft: true });
    expect(fieldRules.speaker.safeParse(fields(speaker)).success).toBe(true);
    const talk = renderSession({ slug: 's', event: 'e', title: '《开谈》: AI "时代"', kind: 'talk', order: 3, speakers: ['wang-wu'], panelists: [], draft: true });
    expect(fields(talk)).toMatchObject({ title: '《开谈》: AI "时代"', order: 3 });
    expect(fieldRules.session.safeParse(fields(talk)).success).toBe(true);
    const panel = renderSession({ slug: 's', event: 'e', title: 't', kind: 'roundtable', order: 1, speakers: [], moderator: 'a', panelists: ['b', 'c'], draft: false });
    expect(fieldRules.session.safeParse(fields(panel)).success).toBe(true);
    expect(fields(panel).draft).toBeUndefined();
    const event = renderEvent({ slug: 'e', title: 't', series: 'npcon', city: '上海', date: '2024-03-16', organizers: ['CSDN'], draft: true });
    expect(fieldRules.event.safeParse(fields(event)).success).toBe(true);
  });
});
