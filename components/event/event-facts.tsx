import type { EventSummary } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
import { getFormat, getT } from '@/lib/i18n/request';
import { ListInLanguages } from '../ui/in-language';
import { EventPlace } from './event-place';

/** The summit at a glance: date, place, theme, organizers. */
export function EventFacts({ event }: { event: EventSummary }) {
  const t = getT();
  const format = getFormat();
  const facts = [
    { label: t.event.date, value: <time dateTime={event.date}>{format.date(event.date)}</time> },
    { label: t.event.venue, value: <EventPlace event={event} /> },
    ...(event.theme ? [{ label: t.event.theme, value: <span lang={textLang(event, 'theme')}>{event.theme}</span> }] : []),
    {
      label: t.event.organizers,
      value: <ListInLanguages items={event.organizers.map((text) => ({ text, lang: textLang(event, 'organizers') }))} />,
    },
  ];
  return (
    <dl className="grid gap-x-8 gap-y-3 text-[15px] sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} className="flex gap-3">
          <dt className="min-w-10 shrink-0 whitespace-nowrap text-stone-500 dark:text-stone-400">{fact.label}</dt>
          <dd className="font-medium text-stone-900 dark:text-stone-100">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
