import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/content/problem';
import { eventFinding, personFinding, slugFinding, speakerSlugFor, type Roster } from '@/lib/content/rules';
import { say } from '@/lib/i18n/messages';

const event = { title: 't', date: '2023-08-12', series: 'npcon', organizers: [], draft: false, path: 'content/events/npcon-2023-beijing/index.md' };
const roster: Roster = {
  speakers: new Map([
    ['chen-wei', { name: '陈巍', draft: false, path: 'content/speakers/chen-wei.md' }],
    ['zhang-xu', { name: '张旭', draft: false, path: 'content/speakers/zhang-xu.md' }],
    ['li-ming', { name: '李明', draft: true, path: 'content/speakers/li-ming.md' }],
  ]),
  events: new Map([['npcon-2023-beijing', event]]),
  sessions: new Map(),
};
/** The same finding in both languages: the rules say what, the catalogue says it. */
const both = (finding: Finding | undefined) => (finding ? { zh: say(finding, 'zh'), en: say(finding, 'en') } : undefined);

describe('speakerSlugFor', () => {
  it('takes a slug in any case, or a speaker’s exact name', () => {
    expect(speakerSlugFor('chen-wei', roster)).toBe('chen-wei');
    expect(speakerSlugFor('Chen-Wei', roster)).toBe('chen-wei');
    expect(speakerSlugFor('陈巍', roster)).toBe('chen-wei');
  });
  it('never maps a different name that sounds the same', () => expect(speakerSlugFor('章旭', roster)).toBeUndefined());
});

describe('personFinding', () => {
  it('is silent for a speaker who exists', () => expect(personFinding('zhang-xu', roster, false)).toBeUndefined());
  it('names the near miss of a mistyped slug', () =>
    expect(both(personFinding('chen-wie', roster, false))).toEqual({
      zh: '没有这位嘉宾：content/speakers/chen-wie.md 不存在；你是不是要写 chen-wei（陈巍）？',
      en: 'unknown speaker "chen-wie": there is no content/speakers/chen-wie.md; did you mean "chen-wei" (陈巍)?',
    }));
  it('asks about a namesake in pinyin instead of guessing', () =>
    expect(both(personFinding('章旭', roster, false))?.zh).toBe('没有叫 章旭 的嘉宾；zhang-xu 是 张旭，如果是同一个人就写 zhang-xu'));
  it('says how to add someone new', () =>
    expect(both(personFinding('王五', roster, false))?.zh).toContain('npm run new -- speaker --name 王五'));
  it('refuses a draft speaker in a published session only', () => {
    expect(personFinding('li-ming', roster, false)).toMatchObject({ code: 'draft-speaker', params: { file: 'content/speakers/li-ming.md' } });
    expect(personFinding('li-ming', roster, true)).toBeUndefined();
  });
});

describe('eventFinding and slugFinding', () => {
  it('suggests the event an editor meant', () =>
    expect(eventFinding('npcon-2023-bejing', roster)).toMatchObject({ code: 'unknown-event', hint: { params: { event: 'npcon-2023-beijing' } } }));
  it('offers a slug for a name that is not one', () => {
    expect(both(slugFinding('王五', 'file', true))?.zh).toContain('改名为 wang-wu');
    expect(slugFinding('wang-wu', 'file')).toBeUndefined();
  });
});
