import type { BenchResult } from './types';

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The results as Markdown tables, ready for docs/benchmarks.md. */
export function formatReport(result: BenchResult): string {
  const parts: string[] = [];
  const m = result.machine;
  parts.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average ${m.loadBefore} before, ${m.loadAfter} after.`,
  );
  if (result.pages.length > 0) {
    parts.push(
      table(
        [
          'page',
          'perf',
          'a11y',
          'best practices',
          'SEO',
          'LCP ms',
          'TBT ms',
          'CLS',
          'JS gzip kB',
          'above floor kB',
          'Lighthouse script kB',
          'CPU index',
        ],
        result.pages.map((page) => [
          page.name,
          page.lighthouse?.performance ?? '—',
          page.lighthouse?.accessibility ?? '—',
          page.lighthouse?.bestPractices ?? '—',
          page.lighthouse?.seo ?? '—',
          page.lighthouse?.lcpMs ?? '—',
          page.lighthouse?.tbtMs ?? '—',
          page.lighthouse?.cls ?? '—',
          kB(page.jsGzipBytes),
          kB(page.jsGzipBytes - result.floor.jsGzipBytes),
          page.lighthouse ? kB(page.lighthouse.scriptTransferBytes) : '—',
          page.lighthouse?.benchmarkIndex ?? '—',
        ]),
      ),
    );
    parts.push(
      `Framework floor (empty App Router page): ${kB(result.floor.jsGzipBytes)} kB gzip in ${result.floor.files} files.`,
    );
  }
  parts.push(
    table(
      [
        'build',
        'sessions',
        'pages',
        'seconds',
        'CPU s',
        'load at end',
        'peak MiB',
        'check:content s',
      ],
      result.builds.map((build) => [
        build.name,
        build.sessions,
        build.pages,
        build.seconds.toFixed(1),
        build.cpuSeconds?.toFixed(1) ?? '—',
        build.loadAtEnd?.toFixed(1) ?? '—',
        build.peakMiB,
        build.checkContentSeconds?.toFixed(2) ?? '—',
      ]),
    ),
  );
  const scaled = result.builds
    .filter((build) => build.name.startsWith('summit, cold') || build.name.startsWith('summit +'))
    .sort((a, b) => a.sessions - b.sessions);
  if (scaled.length > 1) {
    const steps = scaled.slice(1).map((build, index) => {
      const previous = scaled[index] as (typeof scaled)[number];
      const perThousand =
        ((build.seconds - previous.seconds) / (build.sessions - previous.sessions)) * 1000;
      return `${previous.sessions}→${build.sessions}: ${perThousand.toFixed(1)} s per 1,000 sessions`;
    });
    parts.push(
      `Build time added per 1,000 sessions (linear growth keeps this flat or falling): ${steps.join('; ')}.`,
    );
  }
  if (result.load.length > 0) {
    parts.push(
      table(
        ['server', 'URL', 'req/s', 'p99 ms', 'requests', 'errors', 'non-2xx'],
        result.load.map((load) => [
          load.server,
          load.path,
          load.requestsPerSecond,
          load.p99Ms,
          load.requests,
          load.errors,
          load.non2xx,
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}
