import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import type { EventSummary } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
import { DraftBadge } from '../ui/draft-badge';
import { EventFacts } from './event-facts';

interface EventHeroProps {
  event: EventSummary;
  /** On the home page the title links to the event; on the event page it is the page's h1. */
  linkTitle?: boolean;
  eyebrow?: ReactNode;
  /** Links under the facts, e.g. "add to calendar" on the event page. */
  actions?: ReactNode;
}

export function EventHero({ event, linkTitle = false, eyebrow, actions }: EventHeroProps) {
  return (
    <header className="border-b border-stone-200 bg-gradient-to-b from-accent-50 to-white dark:border-stone-800 dark:from-stone-900 dark:to-stone-950">
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
        {eyebrow ? <p className="mb-3 text-sm font-semibold text-accent-700 dark:text-accent-300">{eyebrow}</p> : null}
        <h1 lang={textLang(event, 'title')} className="text-2xl font-bold text-stone-900 sm:text-4xl dark:text-stone-50">
          {linkTitle ? (
            <Link href={event.url} className="hover:text-accent-700 dark:hover:text-accent-300">
              {event.title}
            </Link>
          ) : (
            event.title
          )}
          <DraftBadge draft={event.draft} />
        </h1>
        <p lang={textLang(event, 'summary')} className="measure mt-4 text-stone-700 dark:text-stone-300">{event.summary}</p>
        <div className="mt-6">
          <EventFacts event={event} />
        </div>
        {actions ? <div className="mt-6 flex flex-wrap gap-3">{actions}</div> : null}
      </div>
    </header>
  );
}
