import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionBar } from '@/components/layout/edition-bar';
import { JsonLd } from '@/components/seo/json-ld';
import { SpeakerGroups, SpeakerJumpBar } from '@/components/speaker/speaker-index';
import { SpeakerProfile } from '@/components/speaker/speaker-profile';
import { ListPager, PagerLinks } from '@/components/ui/list-pager';
import { PageTitle } from '@/components/ui/page-title';
import { contentFor } from '@/lib/content';
import { pageFromSegments } from '@/lib/content/listing/pagination';
import { speakerLetterPages } from '@/lib/content/listing/speaker-initials';
import { dictionary, textLang, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { editionPage } from '@/lib/seo/alternates';
import { speakersListingTitle } from '@/lib/seo/descriptions';
import { speakerGraph, speakersIndexGraph, speakersListingGraph } from '@/lib/seo/json-ld';
import { speakerMetadata, speakersIndexMetadata, speakersLetterMetadata } from '@/lib/seo/page-metadata';

export function speakersMetadataFor(locale: Locale): Metadata {
  return speakersIndexMetadata(contentFor(locale).getSpeakers(), locale);
}

/**
 * /speakers: every speaker under their initial with a jump bar; or, once the roster is too long for
 * one page, the letters, each leading to /speakers/letter/<letter> (a letter given) and its further pages.
 */
export function SpeakersPage({ locale, letter, pageNumber = 1 }: { locale: Locale; letter?: string; pageNumber?: number }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const page = pagesFor(locale).getSpeakersPage(letter, pageNumber);
  if (!page) notFound();
  const intro = page.letter
    ? t.speaker.letterIntro(page.letterCount ?? page.speakers.length, page.letter)
    : page.split
      ? t.speaker.byLetterIntro(page.speakerCount)
      : t.speaker.indexIntro(page.speakerCount);
  return (
    <>
      {page.pager ? <PagerLinks pager={page.pager} /> : null}
      <EditionBar paths={editionPage(page.url, locale).paths} />
      <div className="mx-auto max-w-6xl px-4 pt-4 sm:px-6 sm:pt-8">
        <JsonLd graph={page.split ? speakersListingGraph(page, locale) : speakersIndexGraph(page.speakers, locale)} />
        <PageTitle title={speakersListingTitle(page, locale)} intro={intro} />
        <SpeakerJumpBar jumpBar={page.jumpBar} />
        <SpeakerGroups groups={page.groups} />
        {page.pager ? <ListPager pager={page.pager} /> : null}
      </div>
    </>
  );
}

export interface SpeakerParams {
  /** `letter` is reserved as a speaker slug: /speakers/letter/<a–z> is a letter's page (see speakerParams). */
  params: Promise<{ speaker: string; letter?: string[] }>;
}

/**
 * Every speaker's page and, for a split roster, every letter's page. They share one route so that
 * the route always has pages: a static export refuses a dynamic route that generates none.
 */
export const speakerParams = (locale: Locale) => {
  const index = pagesFor(locale).getSpeakersPage();
  return [
    // An optional catch-all's empty value is named explicitly, or Next generates no page for it.
    ...contentFor(locale).getSpeakers().map((speaker) => ({ speaker: speaker.slug, letter: [] as string[] })),
    ...(index ? speakerLetterPages(index) : []).map(({ letter, page }) => ({
      speaker: 'letter',
      letter: page > 1 ? [letter, 'page', String(page)] : [letter],
    })),
  ];
};

/**
 * The letter and page a /speakers/letter/<letter>[/page/<n>] address names (page undefined: no such
 * page); undefined for a speaker's address.
 */
function letterOf({ speaker, letter }: { speaker: string; letter?: string[] }) {
  const [initial, ...rest] = letter ?? [];
  return speaker === 'letter' && initial !== undefined ? { letter: initial, page: pageFromSegments(rest) } : undefined;
}

export async function speakerMetadataFor(locale: Locale, { params }: SpeakerParams): Promise<Metadata> {
  const segments = await params;
  const letter = letterOf(segments);
  if (letter !== undefined) {
    const index = letter.page === undefined ? undefined : pagesFor(locale).getSpeakersPage(letter.letter, letter.page);
    return index ? speakersLetterMetadata(index, locale) : {};
  }
  const page = segments.letter?.length ? undefined : pagesFor(locale).getSpeakerPage(segments.speaker);
  return page ? speakerMetadata(page.speaker) : {};
}

export async function SpeakerPage({ locale, params }: SpeakerParams & { locale: Locale }) {
  setRequestLocale(locale);
  const segments = await params;
  const letter = letterOf(segments);
  if (letter !== undefined) {
    if (letter.page === undefined) notFound();
    return <SpeakersPage locale={locale} letter={letter.letter} pageNumber={letter.page} />;
  }
  const page = segments.letter?.length ? undefined : pagesFor(locale).getSpeakerPage(segments.speaker);
  if (!page) notFound();
  const { speaker } = page;
  return (
    <>
      <JsonLd graph={speakerGraph(speaker)} />
      <EditionBar paths={speaker.paths} untranslated={textLang(speaker) !== undefined} />
      <SpeakerProfile speaker={speaker} />
    </>
  );
}
