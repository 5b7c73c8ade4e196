import { pinyin } from 'pinyin-pro';
import type { Routes } from '../../routes';
import type { LetterLink, SpeakerGroup, SpeakerRef, SpeakersPage } from '../types';

/**
 * Above this many speakers /speakers lists letters only and each letter gets its own page. A speaker
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

/** Speakers by initial, a to z then the others; each group keeps the order it was given (the edition's collation). */
export function groupByInitial(speakers: SpeakerRef[]): SpeakerGroup[] {
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
 * /speakers (letter undefined) or /speakers/letter/<letter>. One page with a jump bar of in-page anchors
 * while the roster fits; past `limit` speakers, /speakers lists the letters (and names with no letter)
 * and each letter has a page. Undefined for a letter page that does not exist.
 */
export function speakersIndex(
  speakers: SpeakerRef[],
  { routes, letter, limit = SPEAKERS_ON_ONE_PAGE }: { routes: Routes; letter?: string; limit?: number },
): SpeakersPage | undefined {
  const groups = groupByInitial(speakers);
  const split = speakers.length > limit;
  const onOwnPage = (group: SpeakerGroup) => split && group.initial !== OTHER_INITIAL;
  if (letter !== undefined && !groups.some((group) => group.initial === letter && onOwnPage(group))) return undefined;
  const jumpBar: LetterLink[] = groups.map((group) => ({
    label: group.label,
    url: onOwnPage(group) ? routes.speakersByLetter(group.initial) : `${letter === undefined ? '' : routes.speakers()}#${group.anchor}`,
    count: group.speakers.length,
    current: group.initial === letter,
  }));
  const shown = letter === undefined ? groups.filter((group) => !onOwnPage(group)) : groups.filter((group) => group.initial === letter);
  return {
    url: letter === undefined ? routes.speakers() : routes.speakersByLetter(letter),
    split,
    speakerCount: speakers.length,
    ...(letter === undefined ? {} : { letter: labelOf(letter) }),
    speakers: shown.flatMap((group) => group.speakers),
    groups: shown,
    jumpBar,
  };
}

/** The letters that have a page of their own (none while the roster fits on /speakers). */
export const speakerLetters = (page: SpeakersPage): string[] =>
  page.split ? page.jumpBar.filter((link) => !link.url.includes('#')).map((link) => link.label.toLowerCase()) : [];
