import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import micromatch from 'micromatch';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { contentModels, translationModels, type RawSession, type RawSessionTranslation } from '@/lib/content/model';
import { documentTypes } from '@/lib/content/model/contentlayer';
import { fieldRules, translationRules } from '@/lib/content/model/zod';
import { formatProblem } from '@/lib/content/problem';
import { validateContent } from '@/lib/content/validate';

/** contentlayer gives a file to the first document type whose pattern matches (validateDocumentData.js). */
const typeOf = (path: string) =>
  documentTypes.map((type) => type.def()).find((def) => micromatch.isMatch(path, def.filePathPattern ?? ''))?.name;

describe('contentlayer document types derived from the declarations', () => {
  it('never takes a stray .en.md for a Chinese document', () => {
    expect(typeOf('speakers/chen-wei.md')).toBe('Speaker');
    expect(typeOf('speakers/chen-wei.en.md')).toBe('SpeakerTranslation');
    expect(typeOf('events/npcon/sessions/opening.md')).toBe('Session');
    expect(typeOf('events/npcon/sessions/opening.en.md')).toBe('SessionTranslation');
    expect(typeOf('events/npcon/index.md')).toBe('Event');
    expect(typeOf('events/npcon/index.en.md')).toBe('EventTranslation');
  });

  it('declares every field of the model, with the same required flags as the zod rules', () => {
    for (const model of [...Object.values(contentModels), ...Object.values(translationModels)]) {
      const def = documentTypes.map((type) => type.def()).find((candidate) => candidate.name === model.name);
      const fields = def?.fields as Record<string, { required?: boolean }>;
      const rules = (model.name.endsWith('Translation') ? translationRules : fieldRules)[model.type].shape;
      expect(Object.keys(fields)).toEqual(Object.keys(model.fields));
      expect(Object.keys(rules)).toEqual(Object.keys(model.fields));
      for (const [name, field] of Object.entries(model.fields)) {
        expect(Boolean(fields[name]?.required), `${model.name}.${name}`).toBe(Boolean(field.required));
        expect(rules[name]?.safeParse(undefined).success, `${model.name}.${name}`).toBe(!field.required);
      }
    }
  });

  it('gives a translation only the translatable fields, attributed entries keeping their speaker', () => {
    expect(Object.keys(translationModels.session.fields)).toEqual(['title', 'headline', 'summary', 'takeaways', 'quotes', 'positions']);
    expect(Object.keys(translationModels.speaker.fields)).toEqual(['name', 'role', 'organization']);
    expectTypeOf<RawSessionTranslation['quotes']>().toEqualTypeOf<{ speaker: string; text: string }[] | undefined>();
    expectTypeOf<RawSession['kind']>().toEqualTypeOf<'keynote' | 'talk' | 'lightning' | 'roundtable'>();
    expectTypeOf<RawSession['order']>().toEqualTypeOf<number>();
    expectTypeOf<RawSession['start']>().toEqualTypeOf<string | undefined>();
  });
});

describe('the check on translations and times', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'npcon-model-'));
    cpSync(join(process.cwd(), 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a translation as a translation, and names a structural field in it', () => {
    writeFileSync(join(root, 'content/speakers/li-ming.en.md'), '---\nname: Li Ming\navatar: /x.jpg\n---\nBio.\n');
    writeFileSync(join(root, 'content/topics.yml'), '- {zh: 推理优化, en: Inference, slug: inference}\n');
    const report = validateContent(root);
    expect(report.counts.speakers).toBe(validateContent(join(process.cwd(), 'tests/fixtures/valid')).counts.speakers);
    expect(report.problems.map(formatProblem)).toEqual([
      'content/speakers/li-ming.en.md: avatar: is not translated: a translation holds only translatable fields, this one comes from the original; remove it',
    ]);
  });

  it('refuses a malformed time, an end without start or before it, and an unknown time zone', () => {
    const sessions = 'content/events/demo-2024/sessions';
    const event = 'content/events/demo-2024/index.md';
    const edit = (path: string, lines: string) => {
      const file = join(root, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${lines}\n`));
    };
    edit(event, 'timezone: Mars/Olympus');
    edit(`${sessions}/opening-keynote.md`, 'start: "9:30"');
    edit(`${sessions}/second-talk.md`, 'end: "10:00"');
    edit(`${sessions}/panel.md`, 'start: "10:00"\nend: "09:30"');
    expect(validateContent(root).problems.map(formatProblem)).toEqual([
      `${event}: timezone: is not a time zone name, e.g. Asia/Shanghai`,
      `${sessions}/opening-keynote.md: start: is not a time written HH:MM on a 24-hour clock, e.g. 09:30`,
      `${sessions}/panel.md: end: 09:30 is not after start 10:00`,
      `${sessions}/second-talk.md: end: has no start: write start: "HH:MM" too, or remove end`,
    ]);
  });
});
