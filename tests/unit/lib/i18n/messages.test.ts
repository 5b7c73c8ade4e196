import { describe, expect, it } from 'vitest';
import { HINT_CODES, PROBLEM_CODES } from '@/lib/content/problem';
import { catalogues, editorLang, say } from '@/lib/i18n/messages';

// Parameters of every kind a rule passes, so each message can be rendered without a real file.
const PARAMS = {
  field: 'title', example: '"标题"', expected: 'string', actual: 'string', value: 'x', values: ['a', 'b'], min: 2, count: 1,
  role: 'panelists', kind: 'talk', slug: 'chen-wei', name: '陈巍', event: 'npcon', events: ['npcon'], file: 'content/speakers/x.md',
  path: 'content/speakers/x.md', others: ['content/a.md'], order: 3, people: ['chen-wei'], start: '09:00', end: '08:00',
  line: 2, reason: 'bad', todo: 'summary', what: 'file', input: '主旨演讲', items: ['a', 'b'], quote: '"', text: '{% table %}',
  original: 'content/speakers/x.md', originalCount: 2, speaker: 'wang-fang', missing: 'en', extra: 'note',
  topic: '算力', entry: 1,
};

describe('the message catalogue', () => {
  it.each(['zh', 'en'] as const)('words every problem and hint code in %s', (lang) => {
    const catalogue = catalogues[lang];
    for (const code of PROBLEM_CODES) {
      expect(catalogue.problems[code], `${lang}: problem ${code}`).toBeTypeOf('function');
      const text = catalogue.problems[code](PARAMS);
      expect(text, `${lang}: problem ${code}`).toMatch(/\S/);
      expect(text, `${lang}: problem ${code}`).not.toMatch(/undefined|\[object/);
    }
    for (const code of HINT_CODES) {
      expect(catalogue.hints[code], `${lang}: hint ${code}`).toBeTypeOf('function');
      expect(catalogue.hints[code](PARAMS), `${lang}: hint ${code}`).not.toMatch(/undefined|\[object|^\s*$/);
    }
    expect(Object.keys(catalogue.problems).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(catalogue.hints).sort()).toEqual([...HINT_CODES].sort());
  });

  it('speaks Chinese unless --lang en or CONTENT_LANG=en asks for English', () => {
    expect(editorLang([], {})).toBe('zh');
    expect(editorLang(['node', 'x', '--lang', 'en'], {})).toBe('en');
    expect(editorLang(['node', 'x', '--lang=en'], {})).toBe('en');
    expect(editorLang([], { CONTENT_LANG: 'en' })).toBe('en');
    expect(editorLang(['--lang', 'zh'], { CONTENT_LANG: 'en' })).toBe('zh');
  });

  it('joins a problem and its fix in each language', () => {
    const finding = { code: 'unknown-speaker', params: { slug: 'li-mng' }, hint: { code: 'did-you-mean', params: { value: 'li-ming' } } } as const;
    expect(say(finding, 'zh')).toBe('没有这位嘉宾：content/speakers/li-mng.md 不存在；你是不是要写 li-ming？');
    expect(say(finding, 'en')).toBe('unknown speaker "li-mng": there is no content/speakers/li-mng.md; did you mean li-ming?');
  });
});
