import type { SessionKind } from '@/lib/content/types';
import { getT } from '@/lib/i18n/request';

const STYLES: Record<SessionKind, string> = {
  keynote: 'bg-accent-100 text-accent-800 dark:bg-accent-800 dark:text-accent-50',
  talk: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  lightning: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50',
  roundtable: 'bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-50',
};

export function KindBadge({ kind }: { kind: SessionKind }) {
  const t = getT();
  return (
    <span className={`inline-block rounded-md px-2 py-0.5 text-xs font-semibold tracking-wide ${STYLES[kind]}`}>
      {t.kinds[kind]}
    </span>
  );
}
