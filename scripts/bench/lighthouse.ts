import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Script bytes over the wire as Lighthouse saw them (compressed). */
  scriptTransferBytes: number;
  /** Audits under 100 %, by id, to say what a score lost. */
  failing: string[];
  /** Requests the page made while Lighthouse watched (router prefetches among them). */
  requests: number;
  /** Elements in the page (the dom-size audit). */
  domNodes: number;
  /** Transfer sizes as Lighthouse saw them (compressed): the document and its stylesheets. */
  documentTransferBytes: number;
  stylesheetTransferBytes: number;
  /** Main-thread time spent on style and layout, and on script evaluation (mainthread-work-breakdown). */
  styleLayoutMs: number;
  scriptEvaluationMs: number;
  /** Lighthouse's own measure of how fast this machine's CPU was during the run (higher is faster). */
  benchmarkIndex: number;
}

interface LighthouseReport {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      details?: {
        items?: { resourceType?: string; transferSize?: number; group?: string; duration?: number }[];
      };
    }
  >;
}

const score = (report: LighthouseReport, id: string) =>
  Math.round((report.categories[id]?.score ?? 0) * 100);

/** One Lighthouse 12 run, mobile (its default), with Debian's chromium unless CHROME_PATH names another. */
export function runLighthouse(url: string): LighthouseResult {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  const run = spawnSync(
    join(process.cwd(), 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url}: ${run.stderr.slice(-500)}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  rmSync(dir, { recursive: true, force: true });
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const transfer = (type: string) =>
    report.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === type)
      ?.transferSize ?? 0;
  const mainThread = (group: string) =>
    Math.round(
      report.audits['mainthread-work-breakdown']?.details?.items?.find((item) => item.group === group)
        ?.duration ?? 0,
    );
  const failing = Object.values(report.categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
    .filter((id) => (report.audits[id]?.score ?? 1) < 1);
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    scriptTransferBytes: transfer('script'),
    requests: report.audits['network-requests']?.details?.items?.length ?? 0,
    domNodes: Math.round(audit('dom-size')),
    documentTransferBytes: transfer('document'),
    stylesheetTransferBytes: transfer('stylesheet'),
    styleLayoutMs: mainThread('styleLayout'),
    scriptEvaluationMs: mainThread('scriptEvaluation'),
    failing: [...new Set(failing)],
    benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? 0),
  };
}
