import { getLocale, getT } from '@/lib/i18n/request';
import { zoneName } from '@/lib/time/zoned-time';
import type { SessionTime as SessionTimeView } from '@/lib/content/types';

/** 09:30–10:15（中国标准时间）, the zone named in the page's language at that date, with the instants machine-readable. */
export function SessionTime({ time }: { time: SessionTimeView }) {
  const t = getT();
  const locale = getLocale();
  const zone = zoneName(time.timezone, new Date(time.startsAt), locale);
  return <time dateTime={time.startsAt}>{t.session.time(time.start, time.end, zone)}</time>;
}
