import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DOCUMENT_TYPES, type DocumentType } from '@/lib/content/model';
import { jsonSchemas } from '@/lib/content/model/json-schema';
import type { Problem } from '@/lib/content/problem';
import { readFrontMatter, readSourceFiles } from '@/lib/content/source-files';
import { validateContent } from '@/lib/content/validate';
import { renderEvent, renderSession, renderSpeaker } from '@/lib/editor/templates';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
const validators = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, ajv.compile(jsonSchemas[type])]));

/** The fields a schema validator faults, written as the check writes them (`quotes[0].text`). */
function schemaFields(type: DocumentType, data: unknown): string[] {
  const validate = validators[type]!;
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = error.instancePath.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`)).join('');
    const child = (error.params as { missingProperty?: string; additionalProperty?: string });
    const key = child.missingProperty ?? child.additionalProperty;
    return `${path}${key ? `.${key}` : ''}`.replace(/^\./, '');
  });
}

describe('every file the check accepts validates against its JSON Schema', () => {
  it.each(['.', 'tests/fixtures/valid'])('the documents under %s/content', (root) => {
    const rejected = new Set(validateContent(root).problems.map((problem) => problem.path));
    const files = readSourceFiles(root).files.filter((file) => !rejected.has(file.path));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) expect(schemaFields(file.kind, file.data), file.path).toEqual([]);
  });

  it('and the files the scaffolder writes', () => {
    const data = (text: string) => {
      const parsed = readFrontMatter(text);
      return 'data' in parsed ? parsed.data : parsed;
    };
    expect(schemaFields('speaker', data(renderSpeaker({ slug: 'wang-wu', name: '王五', role: '工程师', organization: '某公司', draft: true })))).toEqual([]);
    const session = { slug: 's', event: 'e', title: 't', order: 2, speakers: ['a'], panelists: [], draft: false };
    expect(schemaFields('session', data(renderSession({ ...session, kind: 'talk' })))).toEqual([]);
    expect(schemaFields('session', data(renderSession({ ...session, kind: 'roundtable', moderator: 'm', speakers: [], panelists: ['a', 'b'] })))).toEqual([]);
    const event = { slug: 'e', title: 't', series: 'npcon', city: '北京', date: '2024-03-16', organizers: ['CSDN'], draft: false };
    expect(schemaFields('event', data(renderEvent(event)))).toEqual([]);
  });
});

// One file per single-field mistake: [file under content/, the change, the field the check names].
const SESSION = 'events/demo-2024/sessions/opening-keynote.md';
const EVENT = 'events/demo-2024/index.md';
const SPEAKER = 'speakers/li-ming.md';
type Change = (data: Record<string, unknown>) => void;
const MISTAKES: [string, string, Change, string][] = [
  ['missing required field', SESSION, (data) => delete data.summary, 'summary'],
  ['number for text', SESSION, (data) => (data.title = 123), 'title'],
  ['bad enum value', SESSION, (data) => (data.kind = 'keynot'), 'kind'],
  ['order below 1', SESSION, (data) => (data.order = 0), 'order'],
  ['fractional order', SESSION, (data) => (data.order = 1.5), 'order'],
  ['quoted order', SESSION, (data) => (data.order = '1'), 'order'],
  ['http link', SESSION, (data) => (data.slides = 'http://example.com/slides.pdf'), 'slides'],
  ['javascript: link', SESSION, (data) => (data.video = 'javascript:alert(1)'), 'video'],
  ['time without leading zero', SESSION, (data) => (data.start = '9:30'), 'start'],
  ['impossible time', SESSION, (data) => (data.start = '24:10'), 'start'],
  ['no topic', SESSION, (data) => (data.topics = []), 'topics'],
  ['slash in a topic', SESSION, (data) => (data.topics = ['AI/ML']), 'topics[0]'],
  ['name for a slug', SESSION, (data) => (data.speakers = ['Li Ming']), 'speakers[0]'],
  ['blank text', SESSION, (data) => (data.headline = '  '), 'headline'],
  ['empty value', SESSION, (data) => (data.headline = null), 'headline'],
  ['misspelled field', SESSION, (data) => (data.tpoics = ['GPU']), 'tpoics'],
  ['quote without text', SESSION, (data) => (data.quotes = [{ speaker: 'li-ming' }]), 'quotes[0].text'],
  ['text for a list', SESSION, (data) => (data.takeaways = '要点'), 'takeaways'],
  ['impossible date', EVENT, (data) => (data.date = '2023-02-30'), 'date'],
  ['date with slashes', EVENT, (data) => (data.date = '2023/08/12'), 'date'],
  ['no organizer', EVENT, (data) => (data.organizers = []), 'organizers'],
  ['capitals in a series', EVENT, (data) => (data.series = 'NPCon'), 'series'],
  ['quoted boolean', EVENT, (data) => (data.draft = 'true'), 'draft'],
  ['avatar outside public/', SPEAKER, (data) => (data.avatar = '../secret.jpg'), 'avatar'],
  ['avatar as an address', SPEAKER, (data) => (data.avatar = 'https://example.com/a.jpg'), 'avatar'],
  ['link without https', SPEAKER, (data) => (data.links = [{ label: '主页', url: 'http://example.com' }]), 'links[0].url'],
];

describe('every single-field problem the check reports is also a schema error', () => {
  let root: string;
  let problems: Problem[];
  const copyOf = (index: number, file: string) =>
    file.endsWith('index.md') ? `events/mistake-${index}/index.md` : file.replace(/\.md$/, `-mistake-${index}.md`);
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'npcon-schema-'));
    cpSync(join(process.cwd(), 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
    MISTAKES.forEach(([, file, change], index) => {
      const parsed = readFrontMatter(readFileSync(join(root, 'content', file), 'utf8'));
      if (!('data' in parsed)) throw new Error(file);
      change(parsed.data);
      const target = copyOf(index, file);
      cpSync(join(root, 'content', file), join(root, 'content', target));
      writeFileSync(join(root, 'content', target), `---\n${stringify(parsed.data)}---\n${parsed.body}`);
    });
    problems = validateContent(root).problems;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(MISTAKES.map((mistake, index) => [mistake[0], index] as const))('%s', (_, index) => {
    const [, file, , field] = MISTAKES[index]!;
    const path = `content/${copyOf(index, file)}`;
    expect(problems.filter((problem) => problem.path === path).map((problem) => problem.field)).toContain(field);
    const type: DocumentType = file.startsWith('speakers/') ? 'speaker' : file.endsWith('index.md') ? 'event' : 'session';
    const parsed = readFrontMatter(readFileSync(join(root, path), 'utf8'));
    expect('data' in parsed && schemaFields(type, parsed.data)).toContain(field);
  });
});
