import { describe, expect, it } from 'vitest';
import rankings from '../../../fixtures/search/summit-rankings.json';
import { buildFullIndex, loadIndex, rank } from '@/lib/search/engine';
import { shardOf, shardsForTerms, type SearchShard } from '@/lib/search/shard-format';
import { buildShardedIndex, MAX_SHARD_BYTES } from '@/lib/search/shards';
import { syntheticDocuments } from '../../../../scripts/lib/synthetic-sessions';
import { JUDGED } from '../../../../scripts/lib/judged-queries';
import { shardedSearch, summitDocuments, summitSearch } from './summit';

const ids = async (query: string) => (await summitSearch.search(query)).map((hit) => hit.id);

describe('the sharded index on the summit', () => {
  it.each(Object.keys(rankings))('%s ranks every hit as the single index did', async (query) => {
    expect(await ids(query)).toEqual(rankings[query as keyof typeof rankings]);
  });

  it('needs no shared length column at this size', () => {
    expect(shardedSearch().files.manifest.sharedLengths).toEqual({});
  });

  it('puts the page a reader means in the top three for every judged query', async () => {
    for (const [query, url] of JUDGED) expect((await ids(query)).slice(0, 3), query).toContain(url);
  });
});

// Ten searches over a few hundred documents: seconds on a busy machine.
describe('the sharded index at 200 synthetic sessions', { timeout: 60_000 }, () => {
  const documents = syntheticDocuments(summitDocuments, 200);
  const whole = loadIndex(buildFullIndex(documents));
  // Words in 16 documents or more read shared length columns, as common words do at 10,000 sessions.
  const files = buildShardedIndex(documents, { sharedLengthsMinimum: 16 });
  const queries = [
    '推理',
    'GPU',
    'g',
    '模型 部署',
    '开源',
    '美团 GPU 推理',
    '算力芯片',
    'in',
    '张',
    'agent 记忆',
  ];

  it('scores every query exactly as the whole index does', async () => {
    const { searcher } = shardedSearch(files);
    for (const query of queries) {
      const expected = rank(whole, query).slice(0, 20);
      const hits = await searcher.search(query);
      expect(
        hits.map((hit) => hit.url),
        query,
      ).toEqual(expected.map((result) => result.id));
      // Equal up to the order in which floating-point sums were added.
      const rounded = (score: number) => score.toPrecision(12);
      expect(hits.map((hit) => rounded(hit.score))).toEqual(
        expected.map((result) => rounded(result.score)),
      );
    }
    // Every term sits in exactly one shard, the one its leading characters name.
    const keys = files.manifest.keys;
    keys.forEach((key, shard) => {
      const text = files.files.get(`${files.manifest.base}/${shard}.json`) ?? '';
      const { terms } = JSON.parse(text) as SearchShard;
      for (const term of terms) expect(shardOf(keys, term)).toBe(shard);
      // The shard's frame (its keys and one column head per field) comes on top of its terms.
      if (terms.length > 1) expect(text.length).toBeLessThanOrEqual(MAX_SHARD_BYTES + 256);
    });
  });

  it('reads only the shards of the query words and the text of the hits it shows', async () => {
    const { searcher, reads } = shardedSearch(files);
    const hits = await searcher.search('推理');
    const shards = reads.filter((path) => /^\w+\/\d+\.json$/.test(path));
    expect(files.manifest.keys.length).toBeGreaterThan(10);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(2);
    // A word in most documents reads their lengths from the shared columns, once.
    const columns = reads.filter((path) => path.includes('/l/'));
    expect(columns.length).toBeGreaterThan(0);
    expect(reads.filter((path) => path.includes('/d/'))).toHaveLength(hits.length);
    // Asked again, or with another common word, nothing is read twice.
    await searcher.search('推理');
    await searcher.search('推理 模型');
    expect(new Set(reads).size).toBe(reads.length);
    expect(reads.filter((path) => path.includes('/l/')).length).toBeLessThanOrEqual(8);
  });
});

describe('shardsForTerms', () => {
  const keys = ['', 'g', 'i', 'in', 'ins', '推', '推理'];
  it('reads a word’s own shard and, for a prefix, the shards of its completions after it', () => {
    expect(shardsForTerms(keys, ['ins'])).toEqual([4]);
    expect(shardsForTerms(keys, ['in'])).toEqual([3, 4]);
    expect(shardsForTerms(keys, ['i'])).toEqual([2, 3, 4]);
    expect(shardsForTerms(keys, ['推'])).toEqual([5, 6]);
    expect(shardsForTerms(keys, ['inscode'])).toEqual([4]);
    expect(shardsForTerms(keys, ['abc'])).toEqual([0]);
  });
  it('does not widen a one-character word of a longer query, which matches only itself', () => {
    expect(shardsForTerms(keys, ['g', '推理'])).toEqual([1, 6]);
  });
});
