import { describe, expect, it } from 'vitest';
import type { LighthouseResult } from '@/scripts/bench/lighthouse';
import type { LighthouseFloorResult } from '@/scripts/bench/lighthouse-floor';
import { formatFloorReport, summariseAgainstFloor } from '@/scripts/bench/lighthouse-report';

const result = (overrides: Partial<LighthouseResult>): LighthouseResult => ({
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1000,
  fcpMs: 900,
  tbtMs: 200,
  cls: 0,
  scriptTransferBytes: 140_000,
  requests: 8,
  domNodes: 10,
  documentTransferBytes: 2_000,
  stylesheetTransferBytes: 0,
  styleLayoutMs: 20,
  scriptEvaluationMs: 100,
  failing: [],
  benchmarkIndex: 1000,
  ...overrides,
});

/** Three rounds of the floor and of each page, in the order the bench runs them. */
function run(pages: Record<string, Partial<LighthouseResult>[]>, floor: Partial<LighthouseResult>[]): LighthouseFloorResult {
  const names = Object.keys(pages);
  return {
    rounds: 3,
    pages: names.map((name) => ({ name, path: `/${name}` })),
    runs: [0, 1, 2].flatMap((index) => [
      { round: index + 1, name: 'floor', path: '/', at: '', load: 2, result: result(floor[index] ?? {}) },
      ...names.map((name) => ({ round: index + 1, name, path: `/${name}`, at: '', load: 3, result: result(pages[name]?.[index] ?? {}) })),
    ]),
  };
}

const floor = [{ performance: 97, tbtMs: 200, lcpMs: 1000 }, { performance: 91, tbtMs: 400, lcpMs: 1400 }, { performance: 94, tbtMs: 300, lcpMs: 1100 }];

describe('Lighthouse against the floor', () => {
  it('compares each page’s medians with the floor’s medians, not with single runs', () => {
    const summary = summariseAgainstFloor(
      run({ near: [{ performance: 70, tbtMs: 2000 }, { performance: 92, tbtMs: 400 }, { performance: 90, tbtMs: 420 }] }, floor),
    );
    expect(summary.floor.median).toMatchObject({ performance: 94, tbtMs: 300, lcpMs: 1100 });
    const [near] = summary.pages;
    expect(near).toMatchObject({ performanceDelta: -4, performanceRange: [70, 92], lcpDeltaMs: -100, misses: [] });
    expect(near?.tbtRatio).toBeCloseTo(1.4);
  });

  it('names every goal a page misses, and a score under 100 in any single run', () => {
    const summary = summariseAgainstFloor(
      run(
        {
          slow: [
            { performance: 80, tbtMs: 900, lcpMs: 1500 },
            { performance: 82, tbtMs: 800, lcpMs: 1600, seo: 92, failing: ['meta-description'] },
            { performance: 81, tbtMs: 700, lcpMs: 1500 },
          ],
        },
        floor,
      ),
    );
    expect(summary.pages[0]?.misses).toEqual(['performance', 'TBT', 'LCP', 'SEO']);
    expect(summary.pages[0]?.failing).toEqual(['meta-description']);
    expect(formatFloorReport(run({ slow: [{ performance: 80 }, { performance: 80 }, { performance: 80 }] }, floor))).toContain(
      '| slow | −14 (80–80) |',
    );
  });

  it('exempts an untranslated noindex page from the SEO score only', () => {
    const base = run({ fallback: [{ seo: 66 }, { seo: 66 }, { seo: 66 }] }, floor);
    const exempt = { ...base, pages: [{ name: 'fallback', path: '/fallback', noindex: true }] };
    expect(summariseAgainstFloor(base).pages[0]?.misses).toEqual(['SEO']);
    expect(summariseAgainstFloor(exempt).pages[0]?.misses).toEqual([]);
  });
});
