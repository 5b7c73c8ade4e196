import stringWidth from 'string-width';
import { SESSION_KINDS } from '../content/model';
import { zhCN } from '../i18n/zh-CN';
import type { CompletenessReport } from './report';

/** Pads by display width: a Chinese character takes two columns in a terminal. */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

function clip(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (stringWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
}

/** A plain-text table: a header, a rule, the rows; columns as wide as their widest cell. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.max(stringWidth(cell), ...rows.map((row) => stringWidth(row[column] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}

const mark = (present: boolean) => (present ? '✓' : '✗');
const number = (value: number) => (value > 0 ? String(value) : '✗');

/** The report as an editor reads it in a terminal. */
export function renderCompletenessReport(report: CompletenessReport): string[] {
  const { events, sessions, speakers, gaps } = report;
  const out: string[] = ['已发布内容完整度（不含草稿；✗ 表示缺少）', ''];

  out.push(`活动与场次（共 ${events.length} 个活动）`);
  out.push(
    ...table(
      ['活动', '日期', ...SESSION_KINDS.map((kind) => zhCN.kinds[kind]), '合计'],
      events.map((event) => [event.slug, event.date, ...SESSION_KINDS.map((kind) => String(event.kinds[kind])), String(event.sessions)]),
    ),
    '',
  );

  out.push(`场次（共 ${sessions.length} 场）`);
  out.push(
    ...table(
      ['活动', '序', '标题', '类型', '要点', '原话', '话题', '视频', '幻灯片'],
      sessions.map((session) => [
        session.event,
        String(session.order ?? '?'),
        clip(session.title, 30),
        zhCN.kinds[session.kind as keyof typeof zhCN.kinds] ?? session.kind,
        number(session.takeaways),
        number(session.quotes),
        number(session.topics),
        mark(session.video),
        mark(session.slides),
      ]),
    ),
    '',
  );

  out.push(`嘉宾（共 ${speakers.length} 位）`);
  out.push(
    ...table(
      ['嘉宾', '姓名', '简介', '头像', '场次'],
      speakers.map((speaker) => [speaker.slug, speaker.name, mark(speaker.bio), mark(speaker.avatar), String(speaker.sessions)]),
    ),
    '',
  );

  const of = (count: number, total: number) => `${count}/${total}`;
  out.push(
    `缺少：要点 ${of(gaps.takeaways, sessions.length)} 场，原话 ${of(gaps.quotes, sessions.length)} 场，话题 ${of(gaps.topics, sessions.length)} 场，` +
      `视频 ${of(gaps.video, sessions.length)} 场，幻灯片 ${of(gaps.slides, sessions.length)} 场；` +
      `简介 ${of(gaps.bio, speakers.length)} 位，头像 ${of(gaps.avatar, speakers.length)} 位。`,
  );
  return out;
}
