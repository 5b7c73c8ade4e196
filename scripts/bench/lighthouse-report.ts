import type { LighthouseResult } from './lighthouse';
import type { LighthouseFloorResult } from './lighthouse-floor';

/** The issue's goals, as differences from the floor measured in the same run. */
export const FLOOR_GOALS = { performancePoints: 5, tbtRatio: 1.5, lcpMs: 300, otherScores: 100 } as const;

export interface PageVerdict {
  name: string;
  path: string;
  /** Medians of the page's runs. */
  median: LighthouseResult;
  performanceRange: [number, number];
  performanceDelta: number;
  tbtRatio: number;
  lcpDeltaMs: number;
  /** The lowest accessibility, best-practices and SEO scores of any run (each must be 100 in every run). */
  worst: { accessibility: number; bestPractices: number; seo: number };
  misses: string[];
  failing: string[];
}

export interface FloorSummary {
  floor: { median: LighthouseResult; performanceRange: [number, number] };
  pages: PageVerdict[];
  loadRange: [number, number];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

type NumericKey = { [K in keyof LighthouseResult]: LighthouseResult[K] extends number ? K : never }[keyof LighthouseResult];

function medianResult(results: LighthouseResult[]): LighthouseResult {
  const first = results[0] as LighthouseResult;
  const numeric = Object.keys(first).filter((key) => typeof first[key as keyof LighthouseResult] === 'number') as NumericKey[];
  const medians = Object.fromEntries(numeric.map((key) => [key, median(results.map((result) => result[key]))]));
  return { ...first, ...medians, failing: [...new Set(results.flatMap((result) => result.failing))] };
}

const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];

/** Each page's medians against the floor's, with the goals it misses. */
export function summariseAgainstFloor(run: LighthouseFloorResult): FloorSummary {
  const of = (name: string) => run.runs.filter((entry) => entry.name === name).map((entry) => entry.result);
  const floorRuns = of('floor');
  if (floorRuns.length === 0) throw new Error('no floor runs');
  const floor = medianResult(floorRuns);
  const pages = run.pages.map((page): PageVerdict => {
    const results = of(page.name);
    const m = medianResult(results);
    const worst = {
      accessibility: Math.min(...results.map((result) => result.accessibility)),
      bestPractices: Math.min(...results.map((result) => result.bestPractices)),
      seo: Math.min(...results.map((result) => result.seo)),
    };
    const performanceDelta = m.performance - floor.performance;
    const tbtRatio = floor.tbtMs > 0 ? m.tbtMs / floor.tbtMs : m.tbtMs === 0 ? 1 : Number.POSITIVE_INFINITY;
    const lcpDeltaMs = m.lcpMs - floor.lcpMs;
    const misses = [
      performanceDelta < -FLOOR_GOALS.performancePoints ? 'performance' : '',
      tbtRatio > FLOOR_GOALS.tbtRatio ? 'TBT' : '',
      lcpDeltaMs > FLOOR_GOALS.lcpMs ? 'LCP' : '',
      worst.accessibility < 100 ? 'accessibility' : '',
      worst.bestPractices < 100 ? 'best practices' : '',
      worst.seo < 100 && !page.noindex ? 'SEO' : '',
    ].filter(Boolean);
    // Only the audits of the categories that must be 100: the timing audits are what the deltas say.
    const failing = m.failing.filter((id) => !/paint|blocking|speed-index|interactive|layout-shift|max-potential/.test(id));
    return {
      name: page.name,
      path: page.path,
      median: m,
      performanceRange: range(results.map((result) => result.performance)),
      performanceDelta,
      tbtRatio,
      lcpDeltaMs,
      worst,
      misses,
      failing,
    };
  });
  const loads = run.runs.map((entry) => entry.load);
  return {
    floor: { median: floor, performanceRange: range(floorRuns.map((result) => result.performance)) },
    pages,
    loadRange: range(loads),
  };
}

const signed = (value: number, digits = 0) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/** Markdown: the floor's medians, then every page as differences from them, ready for docs/benchmarks.md. */
export function formatFloorReport(run: LighthouseFloorResult): string {
  const summary = summariseAgainstFloor(run);
  const f = summary.floor.median;
  const [low, high] = summary.floor.performanceRange;
  const header = [
    'page',
    'perf Δ (range)',
    'TBT × floor',
    'LCP Δ ms',
    'FCP Δ ms',
    'a11y / BP / SEO',
    'DOM nodes',
    'requests',
    'HTML kB',
    'CSS kB',
    'style+layout ms',
    'goals',
  ];
  const rows = summary.pages.map((page) => {
    const m = page.median;
    return [
      page.name,
      `${signed(page.performanceDelta)} (${page.performanceRange.join('–')})`,
      page.tbtRatio.toFixed(2),
      signed(page.lcpDeltaMs),
      signed(m.fcpMs - f.fcpMs),
      `${page.worst.accessibility} / ${page.worst.bestPractices} / ${page.worst.seo}`,
      m.domNodes,
      m.requests,
      kB(m.documentTransferBytes),
      kB(m.stylesheetTransferBytes),
      m.styleLayoutMs,
      page.misses.length === 0 ? 'met' : `**misses ${page.misses.join(', ')}**${page.failing.length ? ` (${page.failing.join(', ')})` : ''}`,
    ];
  });
  return [
    `Lighthouse 12 (mobile), ${run.rounds} interleaved rounds of the floor and ${run.pages.length} pages; load average ${summary.loadRange.map((value) => value.toFixed(1)).join('–')} during the runs.`,
    `Floor (empty Next app), medians: performance ${f.performance} (${low}–${high}), TBT ${f.tbtMs} ms, LCP ${f.lcpMs} ms, FCP ${f.fcpMs} ms, ${f.domNodes} DOM nodes, ${f.requests} requests, HTML ${kB(f.documentTransferBytes)} kB, CSS ${kB(f.stylesheetTransferBytes)} kB, style+layout ${f.styleLayoutMs} ms.`,
    `Goals: performance ≥ floor − ${FLOOR_GOALS.performancePoints}, TBT ≤ ${FLOOR_GOALS.tbtRatio}× floor, LCP ≤ floor + ${FLOOR_GOALS.lcpMs} ms, accessibility, best practices and SEO 100 in every run. Page figures are medians of its runs.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
