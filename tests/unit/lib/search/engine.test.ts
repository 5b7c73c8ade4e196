import { describe, expect, it } from 'vitest';
import { openSearchIndex } from '@/lib/search/sharded';
import { buildShardedIndex } from '@/lib/search/shards';
import { summit, summitDocuments, summitSearch, urls } from './summit';

const ids = async (query: string) => (await summitSearch.search(query)).map((hit) => hit.id);

describe('the search index', () => {
  it('holds every published session, speaker and topic', () => {
    const count = (kind: string) =>
      summitDocuments.filter((document) => document.kind === kind).length;
    expect(count('session')).toBe(summit.getSessions().length);
    expect(count('speaker')).toBe(summit.getSpeakers().length);
    expect(count('topic')).toBe(summit.getTopics().length);
    expect(summitSearch.documentCount).toBe(summitDocuments.length);
  });

  it('refuses an index written by another version of the code', () => {
    const { manifest } = buildShardedIndex(summitDocuments.slice(0, 1));
    const read = async () => ({});
    expect(() => openSearchIndex({ ...manifest, version: manifest.version + 1 }, read)).toThrow(
      /version/,
    );
  });
});

describe('search on the summit', () => {
  it.each([
    ['推理', urls.meituan],
    ['算力芯片', urls.chips],
    ['InsCode', urls.inscode],
    ['inscode', urls.inscode],
    ['LANGCHAIN', urls.agents],
    ['郑叔亮', urls.zhengShuliang],
    ['美团 GPU 推理', urls.meituan],
    ['圆桌 开源', urls.roundtable],
  ])('%s finds the page a reader means first', async (query, url) => {
    expect((await ids(query))[0]).toBe(url);
  });

  it('finds a speaker and the sessions they spoke in', async () => {
    expect((await ids('郑叔亮')).slice(0, 2)).toEqual([urls.zhengShuliang, urls.roundtable]);
  });

  it.each(['量子计算', '区块链', '机器人', '大数据', '自动驾驶', '云原生'])(
    'finds nothing for %s, whose words appear nowhere (no match through one shared character)',
    async (query) => expect(await ids(query)).toEqual([]),
  );

  it('narrows with every word added', async () => {
    const one = await ids('开源');
    const two = await ids('开源 创业');
    expect(two.length).toBeGreaterThan(0);
    expect(two.length).toBeLessThan(one.length);
    expect(one).toEqual(expect.arrayContaining(two));
  });

  it('ranks title and speaker matches above matches in the text', async () => {
    const gpu = await ids('GPU');
    expect(gpu.indexOf(urls.meituan)).toBeLessThan(gpu.indexOf(urls.chips));
    const owen = await ids('浪潮信息');
    expect(owen.slice(0, 2)).toEqual(expect.arrayContaining([urls.compute, '/speakers/owen-zhu']));
  });

  it('returns each kind, with people and a snippet whose marks are the matched words', async () => {
    const hits = await summitSearch.search('GPU');
    expect(new Set(hits.map((hit) => hit.kind))).toEqual(new Set(['session', 'speaker', 'topic']));
    const meituan = hits.find((hit) => hit.id === urls.meituan);
    expect(meituan?.people.text).toContain('张旭');
    const snippet = meituan?.snippet;
    expect(snippet?.marks.length).toBeGreaterThan(0);
    for (const [start, end] of snippet?.marks ?? [])
      expect(snippet?.text.slice(start, end).toLowerCase()).toBe('gpu');
  });

  it('treats an empty or punctuation-only query as no search', async () => {
    expect(await summitSearch.search('')).toEqual([]);
    expect(await summitSearch.search('，。！')).toEqual([]);
  });
});
