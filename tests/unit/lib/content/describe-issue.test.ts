import { describe, expect, it } from 'vitest';
import { describeIssue, fieldPath, unknownKeyMessages } from '@/lib/content/describe-issue';
import { fieldRules } from '@/lib/content/model/zod';

const session = {
  title: '标题',
  kind: 'talk',
  order: 1,
  speakers: ['chen-wei'],
  summary: '摘要',
  topics: ['GPU'],
};

const without = (field: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(session).filter(([key]) => key !== field));

/** The messages for one session front matter, as `field: message`. */
function messagesFor(data: Record<string, unknown>, speakerSlugFor?: (value: string) => string | undefined): string[] {
  const result = fieldRules.session.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const unknown = unknownKeyMessages(issue, Object.keys(fieldRules.session.shape));
    if (unknown.length > 0) return unknown.map(({ field, message }) => `${field}: ${message}`);
    return [`${fieldPath(issue.path)}: ${describeIssue(issue, speakerSlugFor ? { speakerSlugFor } : {})}`];
  });
}

describe('describeIssue hints', () => {
  it('a number or true/false written in quotes', () => {
    expect(messagesFor({ ...session, order: '3' })).toEqual([
      'order: must be a number, but is the text "3"; write it without quotes: order: 3',
    ]);
    expect(messagesFor({ ...session, draft: 'true' })).toEqual([
      'draft: must be true or false, but is the text "true"; write it without quotes: draft: true',
    ]);
    expect(messagesFor({ ...session, draft: 'yes' })).toEqual(['draft: must be true or false, but is the text "yes"; write draft: true']);
  });

  it('text where a list is needed, rewritten as the list', () => {
    expect(messagesFor({ ...session, topics: '推理优化，GPU' })).toEqual([
      'topics: must be a list, but is the text "推理优化，GPU"; write it as a list: topics: [推理优化, GPU]',
    ]);
  });

  it('a kind written as the site shows it', () => {
    expect(messagesFor({ ...session, kind: '圆桌对话' })[0]).toMatch(/"圆桌对话" is how the site shows it, write roundtable$/);
  });

  it('a field named in Chinese, or misspelled', () => {
    const withoutTopics = without('topics');
    expect(messagesFor({ ...withoutTopics, 话题: ['GPU'] })).toContain('话题: is not a field of this document; field names are English: write topics');
    expect(messagesFor({ ...withoutTopics, tpoics: ['GPU'] })).toContain('tpoics: is not a field of this document; did you mean "topics"?');
  });

  it('a speaker named by their name instead of their slug', () => {
    const slugFor = (value: string) => (value === '陈巍' ? 'chen-wei' : undefined);
    expect(messagesFor({ ...session, speakers: ['陈巍'] }, slugFor)[0]).toMatch(/"陈巍" names a speaker, write their slug: chen-wei$/);
    expect(messagesFor({ ...session, speakers: ['王五'] })[0]).toMatch(/did you mean wang-wu\?$/);
  });

  it('a link without https', () => {
    expect(messagesFor({ ...session, video: 'http://example.com/v' })[0]).toMatch(/did you mean https:\/\/example.com\/v\?$/);
  });

  it('a field left empty', () => {
    expect(messagesFor({ ...session, headline: null })).toEqual([
      'headline: must be text, but is an empty value; write the value after the colon, or remove the line if the field is optional',
    ]);
  });

  it('a missing field, with a line to copy', () => {
    expect(messagesFor(without('summary'))).toEqual(['summary: is required; add a line like summary: "一段话的摘要"']);
  });
});

describe('describeIssue on an event', () => {
  it('suggests the date an editor meant', () => {
    const result = fieldRules.event.safeParse(
      { title: 't', series: 'npcon', city: '北京', date: '2023/8/12', organizers: ['CSDN'], summary: 's' },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    expect(result.error && describeIssue(result.error.issues[0]!)).toBe(
      'is not a real date written YYYY-MM-DD, e.g. 2023-08-12; did you mean 2023-08-12?',
    );
  });
});
