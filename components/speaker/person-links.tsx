import { Link } from '@/components/ui/link';
import type { SessionPerson } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';

/** Names of a session's people, linked, with their organization; the host is marked as such. */
export function PersonLinks({ people }: { people: SessionPerson[] }) {
  const t = getT();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[15px]">
      {people.map(({ speaker, role }) => (
        <li key={`${role}-${speaker.slug}`}>
          {role === 'moderator' ? <span className="text-stone-500 dark:text-stone-400">{t.roles.moderator} </span> : null}
          <Link href={speaker.url} lang={textLang(speaker, 'name')} className="font-medium text-stone-900 underline-offset-4 hover:underline dark:text-stone-100">
            {speaker.name}
          </Link>
          <span className="text-stone-600 dark:text-stone-400">
            {' · '}
            <span lang={textLang(speaker, 'organization')}>{speaker.organization}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
