import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentModels } from '@/lib/content/model';
import { PROBLEM_CODES } from '@/lib/content/problem';
import { DOCS_WITH_TABLES, fieldTable, fillGenerated, generatedBlocks } from '@/lib/editor/docs-tables';

describe('the generated tables of the docs', () => {
  it.each(DOCS_WITH_TABLES)('$path is current (npm run docs:fields regenerates it)', ({ path, lang }) => {
    const text = readFileSync(path, 'utf8');
    const blocks = generatedBlocks(lang);
    for (const name of ['fields:event', 'fields:session', 'fields:speaker']) expect(text).toContain(`<!-- generated:${name} -->`);
    expect(fillGenerated(text, blocks), `${path} is stale: run npm run docs:fields`).toBe(text);
  });

  it('lists every field of every type, and every message in both languages in the editors’ guide', () => {
    for (const model of Object.values(contentModels)) {
      const table = fieldTable(model, 'zh');
      for (const name of Object.keys(model.fields)) expect(table).toContain(`| \`${name}\` |`);
    }
    const guide = readFileSync('docs/editing.md', 'utf8');
    expect(guide).toContain('<!-- generated:messages -->');
    for (const code of PROBLEM_CODES) expect(guide).toContain(`| \`${code}\` |`);
  });

  it('notices a stale table', () => {
    const stale = '<!-- generated:fields:event -->\n| old |\n<!-- /generated:fields:event -->';
    expect(fillGenerated(stale, generatedBlocks('zh'))).not.toBe(stale);
  });
});
