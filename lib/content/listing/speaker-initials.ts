import { pinyin } from 'pinyin-pro';
import type { Routes } from '../../routes';
import type { LetterLink, SpeakerGroup, SpeakerRef, SpeakersPage } from '../types';
import { paginate } from './pagination';

/**
 * Above this many speakers /speakers lists letters only and each letter gets its own page, itself split
 * into pages of this many (a common initial such as Z holds hundreds at 10,000 sessions). A speaker
 * costs about 2.3 KB of the page (the card, the same tree again in the page's RSC payload, and a
 * JSON-LD Person, also twice) and the jump bar up to 30 KB: 40 keeps the page under 150 KB beside the
 * layout's 37 KB (the summit's 10 speakers make a 62 KB page).
 * tests/unit/components/speaker/speaker-index.test.tsx measures it.
 */
export const SPEAKERS_ON_ONE_PAGE = 40;

/** Names that start with no letter a–z (a digit, a symbol) share one group. */
export const OTHER_INITIAL = '#';

const HAN = /\p{Script=Han}/u;

/**
 * The letter a name is filed under: a Chinese name by the pinyin of its first character, read as a
 * surname (曾 → z, 单 → s); a Latin name by its first letter, accents dropped (Émile → e).
 */
export function nameInitial(name: string): string {
  const text = name.normalize('NFKC').trim();
  const first = [...text][0] ?? '';
  const latin = HAN.test(first)
    ? (pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })[0] ?? '')
    : first;
  const letter = latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toLowerCase();
  return /^[a-z]$/.test(letter) ? letter : OTHER_INITIAL;
}

const anchorOf = (initial: string) => (initial === OTHER_INITIAL ? 'initial-other' : `initial-${initial}`);
const labelOf = (initial: string) => (initial === OTHER_INITIAL ? OTHER_INITIAL : initial.toUpperCase());

const grouped = new WeakMap<SpeakerRef[], SpeakerGroup[]>();

/** Speakers by initial, a to z then the others; each group keeps the order it was given (the edition's collation). */
export function groupByInitial(speakers: SpeakerRef[]): SpeakerGroup[] {
  // Every letter page of a roster groups the same list: once per list, not once per page.
  let groups = grouped.get(speakers);
  if (!groups) grouped.set(speakers, (groups = groupSpeakers(speakers)));
  return groups;
}

function groupSpeakers(speakers: SpeakerRef[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerRef[]>();
  for (const speaker of speakers) {
    const initial = nameInitial(speaker.name);
    groups.set(initial, [...(groups.get(initial) ?? []), speaker]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER_INITIAL ? 1 : b === OTHER_INITIAL ? -1 : a.localeCompare(b)))
    .map(([initial, members]) => ({ initial, label: labelOf(initial), anchor: anchorOf(initial), speakers: members }));
}

/**
 * /speakers (letter undefined) or /speakers/letter/<letter>[/page/<n>]. One page with a jump bar of
 * in-page anchors while the roster fits; past `limit` speakers, /speakers lists the letters (and names
 * with no letter) and each letter has pages of `limit` speakers. Undefined for a page that does not exist.
 */
export function speakersIndex(
  speakers: SpeakerRef[],
  { routes, letter, page = 1, limit = SPEAKERS_ON_ONE_PAGE }: { routes: Routes; letter?: string; page?: number; limit?: number },
): SpeakersPage | undefined {
  const groups = groupByInitial(speakers);
  const split = speakers.length > limit;
  const onOwnPage = (group: SpeakerGroup) => split && group.initial !== OTHER_INITIAL;
  const letterGroup = groups.find((group) => group.initial === letter && onOwnPage(group));
  if (letter !== undefined ? !letterGroup : page !== 1) return undefined;
  const paged = letterGroup && paginate(letterGroup.speakers, page, (n) => routes.speakersByLetter(letterGroup.initial, n), limit);
  if (letterGroup && !paged) return undefined;
  const jumpBar: LetterLink[] = groups.map((group) => ({
    label: group.label,
    url: onOwnPage(group) ? routes.speakersByLetter(group.initial) : `${letter === undefined ? '' : routes.speakers()}#${group.anchor}`,
    count: group.speakers.length,
    current: group.initial === letter,
  }));
  const shown = letterGroup && paged ? [{ ...letterGroup, speakers: paged.items }] : groups.filter((group) => !onOwnPage(group));
  return {
    url: letterGroup ? routes.speakersByLetter(letterGroup.initial, page) : routes.speakers(),
    split,
    speakerCount: speakers.length,
    ...(letterGroup && paged ? { letter: labelOf(letterGroup.initial), letterCount: letterGroup.speakers.length, pager: paged.pager } : {}),
    speakers: shown.flatMap((group) => group.speakers),
    groups: shown,
    jumpBar,
  };
}

/** The letters that have a page of their own (none while the roster fits on /speakers). */
export const speakerLetters = (page: SpeakersPage): string[] =>
  page.split ? page.jumpBar.filter((link) => !link.url.includes('#')).map((link) => link.label.toLowerCase()) : [];

/** Every page of every letter: its first page, then page 2… while the letter has more than `limit` speakers. */
export const speakerLetterPages = (page: SpeakersPage, limit = SPEAKERS_ON_ONE_PAGE): { letter: string; page: number }[] =>
  speakerLetters(page).flatMap((letter) => {
    const count = page.jumpBar.find((link) => link.label.toLowerCase() === letter)?.count ?? 0;
    return Array.from({ length: Math.max(1, Math.ceil(count / limit)) }, (_, index) => ({ letter, page: index + 1 }));
  });
