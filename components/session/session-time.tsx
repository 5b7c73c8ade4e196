import { t } from '@/lib/i18n';
import type { SessionTime as SessionTimeView } from '@/lib/content/types';

/** 09:30–10:15（中国标准时间）, with the instants machine-readable. */
export function SessionTime({ time }: { time: SessionTimeView }) {
  return <time dateTime={time.startsAt}>{t.session.time(time.start, time.end, time.zoneName)}</time>;
}
