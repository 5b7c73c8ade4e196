import type { LighthouseResult } from './lighthouse';
import type { LighthouseFloorResult } from './lighthouse-floor';
import type { LoadResult } from './load';
import type { SubBenchResult } from './sub-bench';

export interface BenchResult {
  startedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    loadBefore: string;
    loadAfter: string;
  };
  floor: { files: number; jsGzipBytes: number };
  pages: {
    name: string;
    path: string;
    jsFiles: number;
    jsGzipBytes: number;
    lighthouse?: LighthouseResult;
  }[];
  builds: {
    name: string;
    sessions: number;
    pages: number;
    seconds: number;
    peakMiB: number;
    cpuSeconds?: number;
    loadAtEnd?: number;
    checkContentSeconds?: number;
  }[];
  /** Every Lighthouse run of the floor and the pages, interleaved (scripts/bench/lighthouse-floor.ts). */
  lighthouse?: LighthouseFloorResult;
  load: (LoadResult & { server: string; path: string })[];
  /** The header and search benchmarks, run as steps of the same run. */
  subBenches?: SubBenchResult[];
}
