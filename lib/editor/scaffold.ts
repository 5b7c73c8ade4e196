import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newFileBytes } from '../content/file-writes';
import { routes } from '../routes';
import { eventFields } from './event-fields';
import { collectAnswers, splitList, type Answers, type Ask } from './field-spec';
import { readRoster } from './roster';
import { sessionFields } from './session-fields';
import { speakerFields } from './speaker-fields';
import { renderEvent, renderSession, renderSpeaker, type SessionKindInput } from './templates';

export const SCAFFOLD_KINDS = ['speaker', 'session', 'event'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldOptions {
  /** The repository root whose content/ receives the file. */
  root: string;
  flags: Readonly<Record<string, string | undefined>>;
  /** New files are drafts unless the editor says otherwise: nothing half-written reaches the site. */
  draft: boolean;
  /** Present when a person is at a terminal to answer questions. */
  ask?: Ask;
  report?: (line: string) => void;
}

export type ScaffoldResult =
  | { ok: true; path: string; url: string; kind: ScaffoldKind; slug: string; draft: boolean }
  | { ok: false; errors: string[] };

function plan(kind: ScaffoldKind, answers: Answers, draft: boolean): { path: string; text: string; url: string; slug: string } {
  const slug = answers.slug ?? '';
  if (kind === 'speaker') {
    const { name = '', role = '', organization = '' } = answers;
    return { path: `content/speakers/${slug}.md`, text: renderSpeaker({ slug, name, role, organization, draft }), url: routes.speaker(slug), slug };
  }
  if (kind === 'session') {
    const event = answers.event ?? '';
    const text = renderSession({
      slug,
      event,
      title: answers.title ?? '',
      kind: (answers.kind ?? 'talk') as SessionKindInput,
      order: Number(answers.order),
      speakers: splitList(answers.speakers ?? ''),
      ...(answers.moderator ? { moderator: answers.moderator } : {}),
      panelists: splitList(answers.panelists ?? ''),
      draft,
    });
    return { path: `content/events/${event}/sessions/${slug}.md`, text, url: routes.session(event, slug), slug };
  }
  const text = renderEvent({
    slug,
    title: answers.title ?? '',
    series: answers.series ?? '',
    city: answers.city ?? '',
    date: answers.date ?? '',
    organizers: splitList(answers.organizers ?? ''),
    draft,
  });
  return { path: `content/events/${slug}/index.md`, text, url: routes.event(slug), slug };
}

/** Asks for (or reads) every field, then writes one new file; an existing file is never replaced. */
export async function scaffold(kind: ScaffoldKind, options: ScaffoldOptions): Promise<ScaffoldResult> {
  const { root, flags, draft, ask, report } = options;
  const specs =
    kind === 'speaker' ? speakerFields(root) : kind === 'session' ? sessionFields(draft) : eventFields(root);
  const { answers, errors } = await collectAnswers(specs, flags, readRoster(root), ask, report);
  if (errors.length > 0) return { ok: false, errors };

  const file = plan(kind, answers, draft);
  const absolute = join(root, file.path);
  mkdirSync(dirname(absolute), { recursive: true });
  try {
    // 'wx' fails when the file exists, even if it appeared after the checks above.
    writeFileSync(absolute, newFileBytes(file.text), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, errors: [`${file.path} 已经存在，没有覆盖它`] };
    throw error;
  }
  return { ok: true, path: file.path, url: file.url, kind, slug: file.slug, draft };
}

/** What to do after the file is written, in the order an editor does it. */
export function nextSteps(result: Extract<ScaffoldResult, { ok: true }>, port = '3000'): string[] {
  const what =
    result.kind === 'speaker' ? '嘉宾简介' : result.kind === 'session' ? '摘要、话题、要点和正文' : '介绍和摘要';
  const steps = [
    `打开 ${result.path}，把每一处「【待填写】」换成真实内容（${what}）；用不上的可选行删掉即可。`,
    `运行 npm run dev，在浏览器打开 http://localhost:${port}${result.url}，保存文件后页面会自动更新。`,
    result.draft
      ? '写完后删掉 draft: true 这一行，运行 npm run check:content；没有问题就提交，网站下次构建时发布。'
      : '写完后运行 npm run check:content；没有问题就提交，网站下次构建时发布。',
  ];
  if (result.kind === 'speaker') steps.push(`为这位嘉宾添加场次：npm run new -- session --speakers ${result.slug}`);
  if (result.kind === 'event') steps.push(`添加第一个场次：npm run new -- session --event ${result.slug}`);
  return steps;
}
