import { getT } from '@/lib/i18n/request';

export function DraftBadge({ draft }: { draft: boolean }) {
  const t = getT();
  if (!draft) return null;
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-amber-900">
      {t.draft}
    </span>
  );
}
