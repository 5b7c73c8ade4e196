import type { SessionView } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';

/** Links to slides and video, only when the editor gave them. */
export function SessionMaterial({ slides, video }: Pick<SessionView, 'slides' | 'video'>) {
  const t = getT();
  const links = [
    ...(slides ? [{ href: slides, label: t.session.slides }] : []),
    ...(video ? [{ href: video, label: t.session.video }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.session.material} className="flex flex-wrap gap-3">
      {links.map((link) => (
        <li key={link.href}>
          <a
            href={link.href}
            rel="noopener noreferrer"
            className="inline-block rounded-lg border border-stone-300 px-4 py-2 text-sm font-medium hover:border-accent-600 dark:border-stone-700"
          >
            {link.label} ↗
          </a>
        </li>
      ))}
    </ul>
  );
}
