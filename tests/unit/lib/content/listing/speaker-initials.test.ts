import { describe, expect, it } from 'vitest';
import { groupByInitial, nameInitial, OTHER_INITIAL, speakerLetterPages, speakerLetters, speakersIndex, SPEAKERS_ON_ONE_PAGE } from '@/lib/content/listing/speaker-initials';
import { createContentStore } from '@/lib/content/store';
import { routes, routesFor } from '@/lib/routes';
import { speaker } from '../../../../fixtures/store-documents';
import { syntheticRoster } from './synthetic-roster';

describe('nameInitial', () => {
  it('files a Chinese name under the pinyin of its surname', () => {
    expect(nameInitial('陈巍')).toBe('c');
    expect(nameInitial('郑叔亮')).toBe('z');
    expect(nameInitial('欧阳娜娜')).toBe('o');
    // Read as surnames: 曾 zeng (not ceng), 单 shan (not dan).
    expect(nameInitial('曾小明')).toBe('z');
    expect(nameInitial('单田芳')).toBe('s');
  });

  it('files a Latin name under its first letter, accents dropped; anything else under #', () => {
    expect(nameInitial('Owen Zhu')).toBe('o');
    expect(nameInitial('Chen Wei')).toBe('c');
    expect(nameInitial('Émile Zola')).toBe('e');
    expect(nameInitial('  zhang')).toBe('z');
    expect(nameInitial('3M 团队')).toBe(OTHER_INITIAL);
  });
});

describe('groupByInitial', () => {
  it('groups a to z then #, keeping the order given within a group', () => {
    const refs = createContentStore(
      { events: [], sessions: [], speakers: [speaker('zhou-jie', '周杰'), speaker('chen-wei', '陈巍'), speaker('cao-yu', '曹宇'), speaker('x', '3M 团队'), speaker('owen-zhu', 'Owen Zhu')] },
      { includeDrafts: false },
    ).getSpeakers();
    const groups = groupByInitial(refs);
    expect(groups.map((group) => [group.label, group.anchor, group.speakers.map((s) => s.name)])).toEqual([
      ['C', 'initial-c', ['曹宇', '陈巍']],
      ['O', 'initial-o', ['Owen Zhu']],
      ['Z', 'initial-z', ['周杰']],
      ['#', 'initial-other', ['3M 团队']],
    ]);
  });
});

describe('speakersIndex', () => {
  it('a roster that fits: one page, every speaker, a jump bar of in-page anchors, no letter pages', () => {
    const roster = syntheticRoster(12);
    const page = speakersIndex(roster, { routes });
    expect(page?.split).toBe(false);
    expect(page?.speakers).toHaveLength(12);
    expect(page?.jumpBar.every((link) => link.url.startsWith('#initial-'))).toBe(true);
    expect(page?.jumpBar.map((link) => link.url)).toEqual(page?.groups.map((group) => `#${group.anchor}`));
    expect(speakerLetters(page!)).toEqual([]);
    expect(speakersIndex(roster, { routes, letter: 'c' })).toBeUndefined();
  });

  it('a large roster (5,000 speakers, as 10,000 sessions bring) splits into one page per letter', () => {
    const roster = syntheticRoster(5000);
    expect(roster.length).toBeGreaterThan(SPEAKERS_ON_ONE_PAGE);
    const index = speakersIndex(roster, { routes })!;
    expect(index.split).toBe(true);
    expect(index.speakerCount).toBe(5000);
    // /speakers itself lists letters, not people (names under # stay on it).
    expect(index.speakers.every((ref) => nameInitial(ref.name) === OTHER_INITIAL)).toBe(true);
    const letters = speakerLetters(index);
    expect(letters.length).toBeGreaterThan(10);
    expect(index.jumpBar.filter((link) => link.label !== OTHER_INITIAL).map((link) => link.url)).toEqual(
      letters.map((letter) => `/speakers/letter/${letter}`),
    );
    // Every speaker is on exactly one page of one letter (or under # on /speakers).
    const pages = speakerLetterPages(index).map(({ letter, page }) => speakersIndex(roster, { routes, letter, page })!);
    expect(pages.every((page) => page.speakers.length <= SPEAKERS_ON_ONE_PAGE)).toBe(true);
    expect(pages.reduce((sum, page) => sum + page.speakers.length, index.speakers.length)).toBe(5000);
    const z = speakersIndex(roster, { routes, letter: 'z' })!;
    expect(z.letter).toBe('Z');
    expect(z.url).toBe('/speakers/letter/z');
    // Z holds hundreds: they continue at /speakers/letter/z/page/<n>, linked next and previous.
    expect(z.letterCount).toBeGreaterThan(SPEAKERS_ON_ONE_PAGE * 5);
    expect(z.pager?.next).toBe('/speakers/letter/z/page/2');
    const last = z.pager!.pageCount;
    const end = speakersIndex(roster, { routes, letter: 'z', page: last })!;
    expect(end.url).toBe(`/speakers/letter/z/page/${last}`);
    expect(end.pager?.previous).toBe(last === 2 ? '/speakers/letter/z' : `/speakers/letter/z/page/${last - 1}`);
    expect(end.pager?.next).toBeUndefined();
    expect(speakersIndex(roster, { routes, letter: 'z', page: last + 1 })).toBeUndefined();
    expect(speakersIndex(roster, { routes, page: 2 })).toBeUndefined();
    expect(z.speakers.every((ref) => nameInitial(ref.name) === 'z')).toBe(true);
    expect(z.jumpBar.find((link) => link.current)?.label).toBe('Z');
    expect(speakersIndex(roster, { routes, letter: 'v' })).toBeUndefined();
  });

  it('the threshold decides: one speaker more than the limit splits', () => {
    expect(speakersIndex(syntheticRoster(SPEAKERS_ON_ONE_PAGE), { routes })?.split).toBe(false);
    expect(speakersIndex(syntheticRoster(SPEAKERS_ON_ONE_PAGE + 1), { routes })?.split).toBe(true);
  });

  it('in English, letter pages live under /en', () => {
    const index = speakersIndex(syntheticRoster(400), { routes: routesFor('en') })!;
    expect(index.jumpBar[0]?.url).toMatch(/^\/en\/speakers\/letter\/[a-z]$/);
  });
});
