import { slugFromName, slugFromText } from '../pinyin-slug';
import type { Finding } from '../problem';
import { isSlug } from '../slug';
import { closest } from '../suggest';
import type { Roster } from './roster';

/** Lets an editor name a speaker as they know them: 陈巍 or Chen-Wei both mean chen-wei. */
export function speakerSlugFor(value: string, roster: Roster): string | undefined {
  if (roster.speakers.has(value.toLowerCase())) return value.toLowerCase();
  for (const [slug, speaker] of roster.speakers) if (speaker.name === value) return slug;
  return undefined;
}

/**
 * Why a person cannot be named here, or undefined. A published session cannot name a draft speaker
 * (`draftAllowed` is true when the session itself is a draft).
 */
export function personFinding(value: string, roster: Roster, draftAllowed: boolean): Finding | undefined {
  const speaker = roster.speakers.get(value);
  if (speaker) {
    return speaker.draft && !draftAllowed
      ? { code: 'draft-speaker', params: { slug: value, file: speaker.path }, hint: { code: 'publish-speaker' } }
      : undefined;
  }
  if (!isSlug(value)) {
    // A name that is no speaker's: maybe a namesake in pinyin (章旭 for 张旭), never taken silently.
    const bySound = slugFromName(value);
    const namesake = roster.speakers.get(bySound);
    return {
      code: 'unknown-speaker-name',
      params: { name: value },
      hint: namesake
        ? { code: 'namesake', params: { slug: bySound, name: namesake.name } }
        : { code: 'add-speaker', params: { name: value } },
    };
  }
  const near = closest(value, roster.speakers.keys());
  return {
    code: 'unknown-speaker',
    params: { slug: value },
    hint: near
      ? { code: 'did-you-mean-speaker', params: { slug: near, name: roster.speakers.get(near)?.name ?? '' } }
      : { code: 'add-speaker', params: {} },
  };
}

export function eventFinding(slug: string, roster: Roster): Finding | undefined {
  if (roster.events.has(slug)) return undefined;
  const near = closest(slug, roster.events.keys());
  return {
    code: 'unknown-event',
    params: { event: slug },
    hint: near
      ? { code: 'did-you-mean-event', params: { event: near } }
      : roster.events.size > 0
        ? { code: 'known-events', params: { events: [...roster.events.keys()] } }
        : { code: 'add-event' },
  };
}

/** A file or folder name that is no slug, with the slug it likely meant. */
export function slugFinding(name: string, what: 'file' | 'folder' | 'event-folder', person = false): Finding | undefined {
  if (isSlug(name)) return undefined;
  const fixed = person ? slugFromName(name) : slugFromText(name);
  return {
    code: 'slug-invalid',
    params: { name, what },
    ...(fixed && fixed !== name ? { hint: { code: 'rename', params: { slug: fixed } } } : {}),
  };
}

/** Each person of a list (speakers, panelists): listed once, and someone who can be named. */
export function peopleFindings(
  field: string,
  slugs: readonly string[],
  roster: Roster,
  draftAllowed: boolean,
): { field: string; finding: Finding }[] {
  const seen = new Set<string>();
  return slugs.flatMap((slug, index) => {
    const at = `${field}[${index}]`;
    const twice: { field: string; finding: Finding }[] = seen.has(slug) ? [{ field: at, finding: { code: 'listed-twice', params: { slug } } }] : [];
    seen.add(slug);
    const person = personFinding(slug, roster, draftAllowed);
    return person ? [...twice, { field: at, finding: person }] : twice;
  });
}
