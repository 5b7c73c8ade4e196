import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpeakerGroups, SpeakerJumpBar } from '@/components/speaker/speaker-index';
import { ListPager } from '@/components/ui/list-pager';
import { speakerLetterPages, speakersIndex, SPEAKERS_ON_ONE_PAGE } from '@/lib/content/listing/speaker-initials';
import type { SpeakersPage } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { serializeJsonLd, speakersIndexGraph, speakersListingGraph } from '@/lib/seo/json-ld';
import { syntheticRoster } from '../../lib/content/listing/synthetic-roster';

/** What the page's own content weighs in the HTML: the markup, the same tree again in the RSC payload, the JSON-LD. */
function contentBytes(page: SpeakersPage): number {
  const markup = renderToStaticMarkup(
    <>
      <SpeakerJumpBar jumpBar={page.jumpBar} />
      <SpeakerGroups groups={page.groups} />
      {page.pager ? <ListPager pager={page.pager} /> : null}
    </>,
  );
  const graph = page.split ? speakersListingGraph(page, 'zh-CN') : speakersIndexGraph(page.speakers, 'zh-CN');
  return 2 * Buffer.byteLength(markup) + 2 * Buffer.byteLength(serializeJsonLd(graph));
}

// The layout, header, footer, scripts and head weigh 37 KB at the summit (/events with one event, measured on the build).
const BUDGET = 150 * 1024 - 40 * 1024;

describe('/speakers stays under 150 KB of HTML', () => {
  it('the jump bar links each letter to its group heading on the page', () => {
    const page = speakersIndex(syntheticRoster(30), { routes })!;
    const html = renderToStaticMarkup(
      <>
        <SpeakerJumpBar jumpBar={page.jumpBar} />
        <SpeakerGroups groups={page.groups} />
      </>,
    );
    for (const group of page.groups) {
      expect(html).toContain(`href="#${group.anchor}"`);
      expect(html).toContain(`id="${group.anchor}"`);
    }
  });

  it('at the largest roster kept on one page', () => {
    const page = speakersIndex(syntheticRoster(SPEAKERS_ON_ONE_PAGE), { routes })!;
    expect(page.split).toBe(false);
    expect(contentBytes(page)).toBeLessThan(BUDGET);
  });

  it('at 5,000 speakers (10,000 sessions): /speakers lists letters, a small page', () => {
    const page = speakersIndex(syntheticRoster(5000), { routes })!;
    expect(page.split).toBe(true);
    const bytes = contentBytes(page);
    console.log(`/speakers content at 5,000 speakers: ${(bytes / 1024).toFixed(1)} KB (+ layout)`);
    expect(bytes).toBeLessThan(40 * 1024);
  });

  it('at 5,000 speakers (10,000 sessions): every page of every letter, the busiest letter\'s included', () => {
    const roster = syntheticRoster(5000);
    const index = speakersIndex(roster, { routes })!;
    const busiest = index.jumpBar.reduce((most, link) => (link.count > most.count ? link : most));
    // Common initials (Z: 张, 赵, 周, 郑…) hold hundreds: one page for them all would weigh megabytes.
    expect(busiest.count).toBeGreaterThan(SPEAKERS_ON_ONE_PAGE * 5);
    const pages = speakerLetterPages(index).map(({ letter, page }) => speakersIndex(roster, { routes, letter, page })!);
    expect(pages.filter((page) => page.letter === busiest.label).length).toBe(Math.ceil(busiest.count / SPEAKERS_ON_ONE_PAGE));
    const sizes = pages.map(contentBytes);
    const largest = Math.max(...sizes);
    console.log(
      `letter pages at 5,000 speakers: ${pages.length} pages, busiest letter ${busiest.label} with ${busiest.count} people; largest page content ${(largest / 1024).toFixed(1)} KB (+ layout)`,
    );
    expect(largest).toBeLessThan(BUDGET);
  }, 60_000);

  it('one speaker past the limit would not have fitted the budget much longer (the limit is not far too low)', () => {
    const page = speakersIndex(syntheticRoster(SPEAKERS_ON_ONE_PAGE * 2), { routes, limit: Infinity })!;
    expect(contentBytes(page)).toBeGreaterThan(BUDGET / 2);
  });
});
