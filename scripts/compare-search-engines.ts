/**
 * How the candidate engines answer the summit's readers (the measurement behind the README's choice).
 * Run after `contentlayer2 build`, with FlexSearch installed only for the run:
 *   npm i --no-save flexsearch@0.8.212 && npx tsx scripts/compare-search-engines.ts
 * Judged queries: the page a reader means must come first (or in the top three). Absent-word queries:
 * each word appears nowhere on the site, so any hit is noise (a match through a shared character).
 */
import MiniSearch from 'minisearch';
import { buildFullIndex, loadIndex, rank } from '../lib/search/engine';
import { publishedSearchDocuments } from '../lib/search/source';
import { SEARCH_FIELDS, type SearchDocument } from '../lib/search/types';
import { loadPublishedContent } from './lib/content-store';
import { ABSENT, JUDGED } from './lib/judged-queries';

type Engine = (query: string) => string[];
const documents = publishedSearchDocuments(await loadPublishedContent());
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function miniSearch(tokenize?: (text: string) => string[]): Engine {
  const index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    ...(tokenize ? { tokenize } : {}),
    searchOptions: { combineWith: 'AND', boost: { title: 5, people: 4 } },
  });
  index.addAll(documents);
  return (query) => index.search(query).map((result) => String(result.id));
}

async function flexSearch(): Promise<Engine | undefined> {
  const name = 'flexsearch';
  const flex = await import(name).catch(() => undefined);
  if (!flex) return undefined;
  const index = new flex.Document({
    document: { id: 'id', index: [...SEARCH_FIELDS] },
    encoder: flex.Charset.CJK,
  });
  for (const document of documents) index.add(document);
  return (query) => {
    const found = new Set<string>();
    for (const field of index.search(query, { limit: 50 }) as { result: string[] }[])
      for (const id of field.result) found.add(id);
    return [...found];
  };
}

const ours = loadIndex(JSON.parse(JSON.stringify(buildFullIndex(documents))));
const engines: Record<string, Engine | undefined> = {
  'MiniSearch 7.2.0, default tokenizer': miniSearch(),
  'MiniSearch 7.2.0 + Intl.Segmenter words': miniSearch((text) =>
    [...segmenter.segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment),
  ),
  'FlexSearch 0.8.212, Charset.CJK': await flexSearch(),
  'this site: Segmenter + pairs of leftovers, ranked': (query) =>
    rank(ours, query)
      .slice(0, 50)
      .map((result) => String(result.id)),
};

console.log(
  `| engine | right page first (of ${JUDGED.length}) | in the top 3 | absent-word queries with hits (of ${ABSENT.length}) |`,
);
console.log('|---|---|---|---|');
for (const [name, run] of Object.entries(engines)) {
  if (!run) {
    console.log(`| ${name} | not installed (npm i --no-save flexsearch@0.8.212) | | |`);
    continue;
  }
  const ranks = JUDGED.map(([query, url]) => run(query).indexOf(url));
  const noisy = ABSENT.filter((query) => run(query).length > 0);
  console.log(
    `| ${name} | ${ranks.filter((rank) => rank === 0).length} | ${ranks.filter((rank) => rank >= 0 && rank < 3).length} | ${noisy.length}${noisy.length ? ` (${noisy.join('、')})` : ''} |`,
  );
}
