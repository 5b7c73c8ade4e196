import { SectionHeading } from '../ui/section-heading';
import { getT } from '@/lib/i18n/request';

export function TakeawayList({ takeaways, lang }: { takeaways: string[]; lang?: string }) {
  const t = getT();
  if (takeaways.length === 0) return null;
  return (
    <section aria-labelledby="takeaways" className="rounded-xl bg-accent-50 p-5 sm:p-6 dark:bg-stone-900">
      <SectionHeading id="takeaways">{t.session.takeaways}</SectionHeading>
      <ol lang={lang} className="space-y-3">
        {takeaways.map((takeaway, index) => (
          <li key={takeaway} className="flex gap-3">
            <span
              aria-hidden="true"
              className="mt-1 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-700 text-xs font-bold text-white tabular-nums"
            >
              {index + 1}
            </span>
            <span>{takeaway}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
