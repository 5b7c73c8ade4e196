import { Link } from '@/components/ui/link';
import type { SessionSummary } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';

interface SessionPagerProps {
  previous?: SessionSummary;
  next?: SessionSummary;
}

/** Previous and next session in the event's agenda. */
export function SessionPager({ previous, next }: SessionPagerProps) {
  const t = getT();
  if (!previous && !next) return null;
  const entry = (session: SessionSummary, label: string, align: string) => (
    <Link
      href={session.url}
      className={`block rounded-xl border border-stone-200 p-4 hover:border-accent-300 dark:border-stone-800 dark:hover:border-accent-600 ${align}`}
    >
      <span className="block text-sm text-stone-500 dark:text-stone-400">{label}</span>
      <span lang={textLang(session, 'title')} className="mt-1 block font-semibold text-stone-900 dark:text-stone-100">{session.title}</span>
    </Link>
  );
  return (
    <nav aria-label={`${t.session.previous} / ${t.session.next}`} className="grid gap-3 sm:grid-cols-2 print:hidden">
      <div>{previous ? entry(previous, `← ${t.session.previous}`, '') : null}</div>
      <div>{next ? entry(next, `${t.session.next} →`, 'sm:text-right') : null}</div>
    </nav>
  );
}
