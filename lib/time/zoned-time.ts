// Wall-clock times in an IANA zone ↔ UTC instants, with Intl only (the runtime's own zone data), so the
// server's TZ never enters: every computation names its zone.

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(zone: string, instant: number): Record<string, number> {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** The zone's offset from UTC at an instant, in milliseconds (+8 h for Beijing). */
function offsetAt(zone: string, instant: number): number {
  const p = partsIn(zone, instant);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant of a wall-clock time (`2023-08-12`, `09:30`) in a zone. A time that a
 * daylight-saving jump skips resolves to the instant after the jump, as calendar programs do.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset guessed at the wall time, then checked at the instant that guess gives.
  const guess = wall - offsetAt(zone, wall);
  const offset = offsetAt(zone, guess);
  return new Date(wall - offset);
}

/** The zone's name in a language at an instant (中国标准时间, 中欧夏令时间). */
export function zoneName(zone: string, instant: Date, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}
