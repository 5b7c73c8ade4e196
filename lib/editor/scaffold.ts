import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../content/model';
import { readRoster } from '../content/rules';
import { say } from '../i18n/messages';
import { newFileBytes } from '../content/file-writes';
import { routes } from '../routes';
import { eventFields } from './event-fields';
import { collectAnswers, splitList, type Answers, type Ask } from './field-spec';
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
  /** The editor's language for questions and messages. */
  lang?: Lang;
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
  const { root, flags, draft, ask, report, lang = 'zh' } = options;
  const specs =
    kind === 'speaker' ? speakerFields(root, lang) : kind === 'session' ? sessionFields(draft, lang) : eventFields(root, lang);
  const { answers, errors } = await collectAnswers(specs, flags, readRoster(root), ask, report, lang);
  if (errors.length > 0) return { ok: false, errors };

  const file = plan(kind, answers, draft);
  const absolute = join(root, file.path);
  mkdirSync(dirname(absolute), { recursive: true });
  try {
    // 'wx' fails when the file exists, even if it appeared after the checks above.
    writeFileSync(absolute, newFileBytes(file.text), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, errors: [say({ code: 'file-exists', params: { path: file.path } }, lang)] };
    throw error;
  }
  return { ok: true, path: file.path, url: file.url, kind, slug: file.slug, draft };
}
