import { describe, expect, it } from 'vitest';
import { eventProblem, slugProblem, speakerProblem, speakerSlugFor } from '@/lib/editor/references';
import type { Roster } from '@/lib/editor/roster';

const roster: Roster = {
  speakers: new Map([
    ['chen-wei', { name: '陈巍', draft: false }],
    ['zhang-xu', { name: '张旭', draft: false }],
  ]),
  events: new Map([['npcon-2023-beijing', { title: 't', date: '2023-08-12', series: 'npcon', organizers: [] }]]),
  orders: new Map(),
  sessions: new Map(),
};

describe('speakerSlugFor', () => {
  it('takes a slug in any case, or a speaker’s exact name', () => {
    expect(speakerSlugFor('chen-wei', roster)).toBe('chen-wei');
    expect(speakerSlugFor('Chen-Wei', roster)).toBe('chen-wei');
    expect(speakerSlugFor('陈巍', roster)).toBe('chen-wei');
  });
  it('never maps a different name that sounds the same', () => expect(speakerSlugFor('章旭', roster)).toBe('章旭'));
});

describe('speakerProblem', () => {
  it('is silent for a speaker who exists', () => expect(speakerProblem('zhang-xu', roster)).toBeUndefined());
  it('names the near miss of a mistyped slug', () =>
    expect(speakerProblem('chen-wie', roster)).toContain('你是不是要写 chen-wei（陈巍）？'));
  it('asks about a namesake in pinyin instead of guessing', () =>
    expect(speakerProblem('章旭', roster)).toContain('zhang-xu 是 张旭，如果是同一个人就写 zhang-xu。'));
  it('says how to add someone new', () =>
    expect(speakerProblem('王五', roster)).toContain('npm run new -- speaker --name 王五'));
});

describe('eventProblem and slugProblem', () => {
  it('suggests the event an editor meant', () => expect(eventProblem('npcon-2023-bejing', roster)).toContain('npcon-2023-beijing'));
  it('offers a slug for a name that is not one', () => {
    expect(slugProblem('王五')).toContain('例如 wang-wu');
    expect(slugProblem('wang-wu')).toBeUndefined();
  });
});
