import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '@/lib/content/model/values';
import { formatProblem } from '@/lib/i18n/messages';
import { validateContent } from '@/lib/content/validate';
import { RECORDINGS_ROOT } from '../../../fixtures/recordings/store';

const sessions = 'content/events/fixture-times/sessions';

describe('session times and event time zones', () => {
  it('accept the recordings fixture: times, a zone, links on each player host', () => {
    expect(validateContent(RECORDINGS_ROOT).problems).toEqual([]);
  });

  it('reject a malformed or unquoted time, an end not after its start, an end without a start, an unknown zone', () => {
    const problems = validateContent(join(process.cwd(), 'tests/fixtures/invalid-times')).problems.map((problem) => formatProblem(problem, 'en'));
    expect(problems).toEqual([
      'content/events/fixture-bad-zone/index.md: timezone: is not a time zone name, e.g. Asia/Shanghai',
      `${sessions}/end-before-start.md: end: 09:30 is not after start 10:00`,
      `${sessions}/end-without-start.md: end: has no start: write start: "HH:MM" too, or remove end`,
      `${sessions}/hour-25.md: start: is not a time written HH:MM on a 24-hour clock, e.g. 09:30`,
      `${sessions}/malformed-start.md: start: is not a time written HH:MM on a 24-hour clock, e.g. 09:30`,
      `${sessions}/unquoted.md: end: write the time in double quotes, e.g. end: "14:30"; unquoted, the site reads it as a number`,
      `${sessions}/unquoted.md: start: write the time in double quotes, e.g. start: "14:30"; unquoted, the site reads it as a number`,
    ]);
  });

  it('know zones by their exact IANA names', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Beijing/China')).toBe(false);
  });
});
