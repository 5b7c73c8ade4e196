import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Locale } from '../locales';
import type { Problem, ProblemCode } from './problem';
import { isSlug } from './slug';

/** `content/topics.yml`: the only place a topic name is translated. */
export const TOPIC_DICTIONARY_PATH = 'content/topics.yml';

export interface TopicEntry {
  /** The name as sessions write it in `topics`. */
  zh: string;
  en: string;
  /** The English topic page: /en/topics/<slug>. */
  slug: string;
}

export interface TopicDictionary {
  entries: TopicEntry[];
  problems: Problem[];
}

const problem = (field: string, code: ProblemCode, params: Record<string, string | number> = {}): Problem => ({
  path: TOPIC_DICTIONARY_PATH,
  field,
  code,
  params,
});

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Parses the dictionary's YAML text; every malformed entry is a problem, the good ones are kept. */
export function parseTopicDictionary(yamlText: string): TopicDictionary {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    return { entries: [], problems: [problem('file', 'topics-unreadable', { reason: String((error as Error).message).split('\n')[0] ?? '' })] };
  }
  if (data === null || data === undefined) return { entries: [], problems: [] };
  if (!Array.isArray(data)) return { entries: [], problems: [problem('file', 'topics-not-list')] };
  const entries: TopicEntry[] = [];
  const problems: Problem[] = [];
  data.forEach((item: unknown, index) => {
    const record = (item ?? {}) as Record<string, unknown>;
    const zh = text(record.zh);
    const en = text(record.en);
    const slug = text(record.slug);
    const missing = (['zh', 'en', 'slug'] as const).filter((key) => text(record[key]) === undefined);
    const extra = typeof item === 'object' && item !== null ? Object.keys(item).filter((key) => !['zh', 'en', 'slug'].includes(key)) : [];
    if (!zh || !en || !slug || extra.length > 0) {
      problems.push(problem(`[${index}]`, 'topics-entry-shape', { missing: missing.join(', '), extra: extra.join(', ') }));
      return;
    }
    if (!isSlug(slug)) problems.push(problem(`[${index}].slug`, 'topics-bad-slug', { slug }));
    entries.push({ zh, en, slug });
  });
  for (const key of ['zh', 'en', 'slug'] as const) {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const first = seen.get(entry[key]);
      if (first === undefined) seen.set(entry[key], index);
      else problems.push(problem(`[${index}].${key}`, 'topics-duplicate', { value: entry[key], entry: first + 1 }));
    });
  }
  return { entries, problems };
}

/** Reads `content/topics.yml` under a repository root; no file is an empty dictionary. */
export function readTopicDictionary(root: string): TopicDictionary {
  const file = join(root, TOPIC_DICTIONARY_PATH);
  return existsSync(file) ? parseTopicDictionary(readFileSync(file, 'utf8')) : { entries: [], problems: [] };
}

/**
 * The cross-file rules: every Chinese name is a topic some session uses (a typo would silently leave
 * the real topic untranslated), and no English slug is taken by an untranslated topic's Chinese name.
 */
export function checkTopicDictionary(entries: TopicEntry[], sessionTopics: Iterable<string>): Problem[] {
  const used = new Set(sessionTopics);
  const translated = new Set(entries.map((entry) => entry.zh));
  const untranslated = [...used].filter((topic) => !translated.has(topic));
  return entries.flatMap((entry, index) => [
    ...(used.has(entry.zh) ? [] : [problem(`[${index}].zh`, 'topics-unknown-topic', { topic: entry.zh })]),
    ...(untranslated.includes(entry.slug) ? [problem(`[${index}].slug`, 'topics-slug-taken', { slug: entry.slug })] : []),
  ]);
}

export interface TopicTranslator {
  /** The topic's name on a page of that edition; an untranslated topic keeps its Chinese name. */
  name(zh: string, locale: Locale): string;
  /** The URL segment of its page: the English slug, or the Chinese name when untranslated. */
  segment(zh: string, locale: Locale): string;
  /** The Chinese name behind a page's segment (decoded), if the edition has that topic. */
  fromSegment(segment: string, locale: Locale): string | undefined;
  isTranslated(zh: string): boolean;
}

export function topicTranslator(entries: TopicEntry[], knownTopics: Iterable<string>): TopicTranslator {
  const byZh = new Map(entries.map((entry) => [entry.zh, entry]));
  const known = new Set(knownTopics);
  const bySlug = new Map(entries.filter((entry) => known.has(entry.zh)).map((entry) => [entry.slug, entry.zh]));
  return {
    name: (zh, locale) => (locale === 'en' ? (byZh.get(zh)?.en ?? zh) : zh),
    segment: (zh, locale) => (locale === 'en' ? (byZh.get(zh)?.slug ?? zh) : zh),
    fromSegment: (segment, locale) => {
      if (locale === 'en' && bySlug.has(segment)) return bySlug.get(segment);
      return known.has(segment) && (locale !== 'en' || !byZh.has(segment)) ? segment : undefined;
    },
    isTranslated: (zh) => byZh.has(zh),
  };
}
