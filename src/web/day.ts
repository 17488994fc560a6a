/**
 * The site's day: "today" is the day in Brussels (Europe/Brussels), whatever the server's zone.
 * Pages that show something of today are kept in the page cache until the next midnight there.
 */
import { DateTime } from 'luxon';

export const HOME_ZONE = 'Europe/Brussels';

export interface Day {
  /** '2026-12-04' */
  day: string;
  /** its first and first-after-last moments (ms): 23 or 25 hours apart on the days the clocks change */
  from: number;
  to: number;
}

let last: Day = { day: '', from: 0, to: 0 };

/** The Brussels day of a moment (ms); the last one asked is kept (luxon costs more than a cached page). */
export function brusselsDay(ms: number): Day {
  if (ms >= last.from && ms < last.to) return last;
  const start = DateTime.fromMillis(ms, { zone: HOME_ZONE }).startOf('day');
  last = { day: start.toISODate()!, from: start.toMillis(), to: start.plus({ days: 1 }).toMillis() };
  return last;
}
