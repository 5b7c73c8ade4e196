/**
 * npm run bench -- --only lighthouse [--rounds 3] [--pages home,talk,…] [--rebuild-floor] [--compare label=dir,…] [--compare-pages home,…]
 * The Lighthouse part of the bench alone, over the build already in .next (run `npm run build` first):
 * the floor and our pages interleaved, printed as differences from the floor, and written to
 * bench-results/lighthouse-<time>.json. --pages takes page names (`talk`, `talk (en)`) or paths.
 * --compare measures other builds in the same rounds (a copy of the site holding its own `.next`, e.g. the
 * build before a change), so a lever's before and after meet the same load.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LIGHTHOUSE_PAGES, lighthouseAgainstFloor } from './lighthouse-floor';
import { formatFloorReport } from './lighthouse-report';

const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const repo = process.cwd();
if (!existsSync(join(repo, '.next', 'BUILD_ID'))) {
  console.error('no build in .next: run `npm run build` first');
  process.exit(1);
}
function pagesNamed(option: string) {
  const wanted = value(option)?.split(',').map((name) => name.trim());
  if (!wanted) return undefined;
  const pages = LIGHTHOUSE_PAGES.filter((page) => wanted.includes(page.name) || wanted.includes(page.path));
  if (pages.length === 0) {
    console.error(`--${option} matched none of: ${LIGHTHOUSE_PAGES.map((page) => page.name).join(', ')}`);
    process.exit(1);
  }
  return pages;
}
const pages = pagesNamed('pages') ?? LIGHTHOUSE_PAGES;
const comparePages = pagesNamed('compare-pages');
const compare = value('compare')
  ?.split(',')
  .map((entry) => {
    const [label = '', dir = ''] = entry.split('=');
    if (!label || !existsSync(join(dir, '.next', 'BUILD_ID'))) {
      console.error(`--compare ${entry}: expected label=folder, the folder holding a build in .next`);
      process.exit(1);
    }
    return { label, dir: resolve(dir) };
  });
const startedAt = new Date().toISOString();
const run = await lighthouseAgainstFloor({
  repo,
  port: Number(process.env.BENCH_PORT ?? 3203),
  floorPort: Number(process.env.BENCH_FLOOR_PORT ?? 3213),
  rounds: Number(value('rounds') ?? 3),
  pages,
  rebuildFloor: argv.includes('--rebuild-floor'),
  ...(compare ? { compare } : {}),
  ...(comparePages ? { comparePages } : {}),
});
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `lighthouse-${startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ startedAt, ...run }, null, 2)}\n`);
console.log(`\n${formatFloorReport(run)}\n\nwritten to ${file}`);
