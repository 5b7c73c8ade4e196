import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpeakerGroups, SpeakerJumpBar } from '@/components/speaker/speaker-index';
import { speakersIndex, SPEAKERS_ON_ONE_PAGE } from '@/lib/content/listing/speaker-initials';
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

  it('one speaker past the limit would not have fitted the budget much longer (the limit is not far too low)', () => {
    const page = speakersIndex(syntheticRoster(SPEAKERS_ON_ONE_PAGE * 2), { routes, limit: Infinity })!;
    expect(contentBytes(page)).toBeGreaterThan(BUDGET / 2);
  });
});
