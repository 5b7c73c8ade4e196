import { describe, expect, it } from 'vitest';
import { matchesByPrefix, queryTerms, tokenize } from '@/lib/search/tokenize';

describe('tokenize', () => {
  it('keeps the words Intl.Segmenter knows', () => {
    expect(tokenize('量子计算')).toEqual(['量子', '计算']);
    expect(tokenize('视觉推理服务')).toEqual(['视觉', '推理', '服务']);
  });

  it('indexes leftover single characters as overlapping pairs, never one by one', () => {
    expect(tokenize('算力芯片')).toEqual(['算力', '力芯', '芯片']);
    expect(tokenize('郑叔亮')).toEqual(['郑叔', '叔亮']);
    expect(tokenize('张量并行')).toEqual(['张量', '并行']);
    expect(tokenize('量子计算')).not.toContain('量');
  });

  it('pairs a lone leftover with the touching character of its neighbour', () => {
    expect(tokenize('机器人')).toEqual(['机器', '器人']);
    expect(tokenize('价值观')).toEqual(['价值', '值观']);
  });

  it('cuts runs at function characters, which are never terms', () => {
    expect(tokenize('丁宁和郑叔亮')).toEqual(['丁宁', '郑叔', '叔亮']);
    expect(tokenize('美团的GPU推理')).toEqual(['美团', 'gpu', '推理']);
    expect(tokenize('的了和')).toEqual([]);
  });

  it('lowercases Latin words and folds full-width letters', () => {
    expect(tokenize('InsCode 与 LangChain')).toEqual(['inscode', 'langchain']);
    expect(tokenize('ＧＰＵ推理')).toEqual(['gpu', '推理']);
  });

  it('gives a query its distinct terms', () => {
    expect(queryTerms('GPU gpu 推理')).toEqual(['gpu', '推理']);
    expect(queryTerms('  ，。 ')).toEqual([]);
  });

  it('matches by prefix from two characters, or a lone one-character query', () => {
    expect(matchesByPrefix('in', 0, ['in'])).toBe(true);
    expect(matchesByPrefix('张', 0, ['张'])).toBe(true);
    expect(matchesByPrefix('量', 1, ['张', '量'])).toBe(false);
  });
});
