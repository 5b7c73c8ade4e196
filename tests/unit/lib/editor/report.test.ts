import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { contentCompleteness } from '@/lib/editor/report';
import { renderCompletenessReport, table } from '@/lib/editor/report-table';

const valid = join(process.cwd(), 'tests/fixtures/valid');

describe('contentCompleteness', () => {
  const report = contentCompleteness(valid);

  it('covers published content only: the draft session is left out', () => {
    expect(report.sessions.map((s) => `${s.event}/${s.slug}`)).toEqual([
      'demo-2023/last-year',
      'demo-2024/opening-keynote',
      'demo-2024/second-talk',
      'demo-2024/panel',
    ]);
  });

  it('says what each session lacks', () => {
    const bySlug = Object.fromEntries(report.sessions.map((s) => [s.slug, s.missing]));
    expect(bySlug['opening-keynote']).toEqual([]);
    expect(bySlug['second-talk']).toEqual(['takeaways', 'quotes', 'video', 'slides']);
    expect(bySlug.panel).toEqual(['takeaways', 'quotes', 'video', 'slides']);
  });

  it('says which speakers lack a biography or a portrait, and how many sessions they are in', () => {
    const liMing = report.speakers.find((s) => s.slug === 'li-ming');
    expect(liMing).toMatchObject({ bio: true, avatar: false, sessions: 3, missing: ['avatar'] });
    expect(report.gaps).toMatchObject({ bio: 0, avatar: 5, video: 3, slides: 3, takeaways: 3, quotes: 3, topics: 0 });
  });

  it('counts sessions per event by kind', () => {
    expect(report.events.map((e) => [e.slug, e.kinds, e.sessions])).toEqual([
      ['demo-2024', { keynote: 1, talk: 1, lightning: 0, roundtable: 1 }, 3],
      ['demo-2023', { keynote: 0, talk: 1, lightning: 0, roundtable: 0 }, 1],
    ]);
  });

  it('reads as a table in a terminal, Chinese columns aligned', () => {
    const text = renderCompletenessReport(report).join('\n');
    expect(text).toContain('开场主旨演讲');
    expect(text).toContain('缺少：要点 3/4 场');
    const lines = table(['嘉宾', 'x'], [['李明', '1'], ['li-ming', '2']]);
    // The second column starts at the same display column on every line.
    const secondColumn = (line: string) => stringWidth(line.slice(0, line.lastIndexOf(' ') + 1));
    expect(new Set([lines[0], lines[2], lines[3]].map((line) => secondColumn(line ?? '')))).toEqual(new Set([9]));
  });
});

describe('npm run report:content -- --json', () => {
  it('prints the report as JSON for tools', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report-content.ts', '--json', '--root', valid], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const { translations, ...completeness } = JSON.parse(result.stdout);
    expect(completeness).toEqual(JSON.parse(JSON.stringify(contentCompleteness(valid))));
    expect(translations).toContainEqual(expect.objectContaining({ original: 'content/speakers/li-ming.md', state: 'untranslated' }));
  });
}, 30_000);
