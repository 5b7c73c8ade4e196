import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { entryShape } from '@/lib/admin/config';
import { contentModels } from '@/lib/admin/fields-from-model';
import { mergeEntry } from '@/lib/admin/merge-entry';

const session = entryShape(contentModels.session);
const speaker = entryShape(contentModels.speaker);
const event = entryShape(contentModels.event);
const SESSION = 'content/events/npcon-2023-beijing/sessions/meituan-vision-gpu-inference-architecture.md';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
/** The file split into front-matter fields and body, as the admin would post it after an edit. */
function read(text: string): { fields: Record<string, unknown>; body: string } {
  const [, frontMatter = '', body = ''] = /^\uFEFF?---\r?\n([^]*?)\r?\n---\r?\n?([^]*)$/.exec(text) ?? [];
  return { fields: parse(frontMatter) as Record<string, unknown>, body };
}
/** What Keystatic posts: js-yaml-like dump of every field, `---` lines, the body. */
const posted = (fields: Record<string, unknown>, body: string) =>
  new TextEncoder().encode(`---\n${stringify(fields, { defaultStringType: 'QUOTE_SINGLE' })}---\n${body}`);

function edit(text: string, change: (fields: Record<string, unknown>) => void, shape = session, body?: string): string {
  const entry = read(text);
  change(entry.fields);
  return decode(mergeEntry(Buffer.from(text, 'utf8'), posted(entry.fields, body ?? entry.body), shape));
}
/** The lines that differ between two versions, in order. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('mergeEntry', () => {
  const original = readFileSync(SESSION, 'utf8');

  it('changes only the summary line when the summary changes, keeping its double quotes', () => {
    const after = edit(original, (fields) => (fields.summary = '新的摘要："引号"也没问题。'));
    const { removed, added } = changedLines(original, after);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^summary: "/);
    expect(added).toEqual(['summary: "新的摘要：\\"引号\\"也没问题。"']);
  });

  it('changes one list item’s line when one takeaway changes', () => {
    const after = edit(original, (fields) => ((fields.takeaways as string[])[1] = '改过的第二条要点'));
    expect(changedLines(original, after).added).toEqual(['  - "改过的第二条要点"']);
    expect(after.split('\n')).toHaveLength(original.split('\n').length);
  });

  it('rewrites a list whose length changed in the repository’s style, and nothing else', () => {
    const after = edit(original, (fields) => (fields.topics = [...(fields.topics as string[]), '新话题']));
    expect(changedLines(original, after)).toEqual({ removed: [], added: ['  - "新话题"'] });
  });

  it('inserts a field the file lacked after its predecessor in the declared order', () => {
    const text = '---\ntitle: "T"\nkind: "talk"\norder: 1\nspeakers:\n  - "chen-wei"\nsummary: "S"\ntopics:\n  - "GPU"\n---\n\nBody\n';
    const after = edit(text, (fields) => (fields.headline = '一句话'));
    expect(after).toBe(text.replace('summary: "S"', 'headline: "一句话"\nsummary: "S"'));
  });

  it('publishes by removing the draft line; an empty optional field stays absent', () => {
    const text = '---\nname: "王小明"\nrole: "工程师"\norganization: "示例"\ndraft: true\n---\n\n简介\n';
    const after = edit(text, (fields) => Object.assign(fields, { draft: false, links: [], avatar: '' }), speaker);
    expect(after).toBe(text.replace('draft: true\n', ''));
  });

  it('keeps single quotes, comments and CRLF line endings around a change', () => {
    const text = "---\r\nname: '陈巍'   # 姓名\r\nrole: '董事长'\r\norganization: 千芯科技\r\n---\r\n\r\n简介\r\n";
    const after = edit(text, (fields) => ((fields.role = "首席'科学家"), (fields.organization = '新公司')), speaker);
    expect(after).toBe("---\r\nname: '陈巍'   # 姓名\r\nrole: '首席''科学家'\r\norganization: 新公司\r\n---\r\n\r\n简介\r\n");
  });

  it('replaces only the body when the body changes, in the file’s line endings', () => {
    const text = '---\r\nname: "陈巍"\r\nrole: "董事长"\r\norganization: "千芯科技"\r\n---\r\n\r\n旧的简介\r\n';
    const after = edit(text, () => {}, speaker, '\n新的简介\n\n第二段\n');
    expect(after).toBe('---\r\nname: "陈巍"\r\nrole: "董事长"\r\norganization: "千芯科技"\r\n---\r\n\r\n新的简介\r\n\r\n第二段\r\n');
  });

  it('writes a new file in the repository’s style: UTF-8 without BOM, LF, declared order, plain date', () => {
    const fields = { date: '2024-05-01', title: '新峰会', series: 'npcon', city: '上海', organizers: ['CSDN'], summary: '摘要', draft: true };
    const bytes = mergeEntry(undefined, posted(fields, '\n介绍\n'), event);
    expect([...bytes.subarray(0, 3)]).toEqual([...Buffer.from('---')]);
    expect(decode(bytes)).toBe(
      '---\ntitle: "新峰会"\nseries: "npcon"\ncity: "上海"\ndate: 2024-05-01\norganizers:\n  - "CSDN"\nsummary: "摘要"\ndraft: true\n---\n\n介绍\n',
    );
  });

  it('writes quotes of a new session as the scaffolder does', () => {
    const fields = { title: '演讲', kind: 'talk', order: 7, speakers: ['wang-xiaoming'], summary: '摘要', topics: ['GPU'], quotes: [{ speaker: 'wang-xiaoming', text: '原话' }] };
    const text = decode(mergeEntry(undefined, posted(fields, ''), session));
    expect(text).toContain('quotes:\n  - speaker: "wang-xiaoming"\n    text: "原话"\n---\n');
    expect(read(text).fields).toEqual(fields);
  });
});
