import type { EventSummary } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';

/** "City · venue", each in its own language (an untranslated event's on an English page). */
export function EventPlace({ event }: { event: EventSummary }) {
  return (
    <>
      <span lang={textLang(event, 'city')}>{event.city}</span>
      {event.venue ? (
        <>
          {' · '}
          <span lang={textLang(event, 'venue')}>{event.venue}</span>
        </>
      ) : null}
    </>
  );
}
