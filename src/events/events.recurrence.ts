/**
 * Expanding an activity into dated occurrences. The recurrence rules run in wall-clock time
 * (RFC 5545 computes RRULE, RDATE and EXDATE on local times), through ical.js; each local
 * occurrence is then placed on the time line with the IANA zone through luxon, so 19:00 in
 * Brussels stays 19:00 on either side of a daylight-saving change.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

export interface SeriesInput {
  zone: string;
  allDay: boolean;
  startLocal: string;
  endLocal: string;
  rrule: string | null;
  rdates: string[];
  exdates: string[];
  overrides: { recurrenceLocal: string; startLocal: string; endLocal: string; cancelled: boolean }[];
}

export interface Instance {
  recurrenceLocal: string;
  startLocal: string;
  endLocal: string;
  start: Date;
  end: Date;
  /** index into series.overrides when this occurrence was changed */
  overrideIndex?: number;
}

/** Upper bound on rule iterations per expansion: a daily rule over 100 years. */
const MAX_ITERATIONS = 40000;

function icalTime(local: string): ICAL.Time {
  return local.length === 10 ? ICAL.Time.fromDateString(local) : ICAL.Time.fromDateTimeString(local);
}

// Placing a wall-clock time in a zone is the costly step of an expansion, and the same dates come back
// on every request: remember the answers (bounded; cleared when full).
const utcCache = new Map<string, number>();
const UTC_CACHE_SIZE = 200_000;

/** A wall-clock value ('2026-12-01T19:00:00' or '2026-12-01') in a zone -> the UTC instant. */
export function localToUtc(local: string, zone: string): Date {
  const key = `${zone}|${local}`;
  let ms = utcCache.get(key);
  if (ms === undefined) {
    const dt = DateTime.fromISO(local, { zone });
    if (!dt.isValid) throw new Error(`invalid local time ${local} in ${zone}`);
    ms = dt.toMillis();
    if (utcCache.size >= UTC_CACHE_SIZE) utcCache.clear();
    utcCache.set(key, ms);
  }
  return new Date(ms);
}

/** A UTC instant -> wall-clock value in the zone, at the precision of `like` (date or date-time). */
export function utcToLocal(instant: Date, zone: string, dateOnly = false): string {
  const dt = DateTime.fromJSDate(instant, { zone });
  return dateOnly ? dt.toISODate()! : dt.toFormat("yyyy-LL-dd'T'HH:mm:ss");
}

/** RRULE with an UTC UNTIL rewritten to the zone's wall clock, so the rule can run on local times. */
function localRecur(rrule: string, zone: string, allDay: boolean): ICAL.Recur {
  const recur = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  if (recur.until) {
    const until = recur.until;
    let local: string;
    if (until.isDate) local = until.toString();
    else if (until.zone === ICAL.Timezone.utcTimezone) local = utcToLocal(until.toJSDate(), zone, false);
    else local = until.toString();
    recur.until = icalTime(allDay ? local.slice(0, 10) : local.length === 10 ? `${local}T23:59:59` : local);
  }
  return recur;
}

/** Checks an RRULE: parses and has a frequency. Returns a Dutch problem or null. */
export function rruleProblem(rrule: string): string | null {
  try {
    const recur = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
    if (!recur.freq) return 'De herhaling mist FREQ.';
    // An activity repeats per day at most; anything finer would flood every list.
    if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(recur.freq)) return 'Een activiteit herhaalt hoogstens dagelijks.';
    return null;
  } catch (err) {
    return `De herhaling klopt niet: ${(err as Error).message}`;
  }
}

/**
 * Occurrences whose end lies after `from` and whose start lies before `to`, in start order.
 * `limit` stops early (for "next dates"); overrides move or cancel the occurrence they name.
 */
export function expandSeries(series: SeriesInput, window: { from: Date; to: Date; limit?: number }): Instance[] {
  const start = icalTime(series.startLocal);
  const end = icalTime(series.endLocal);
  const duration = end.subtractDate(start);
  const overrideByRecurrence = new Map(series.overrides.map((o, i) => [o.recurrenceLocal, i]));
  const out: Instance[] = [];
  const limit = series.overrides.length + (window.limit ?? Infinity);
  const toMs = window.to.getTime();
  const fromMs = window.from.getTime();

  const push = (recurrenceLocal: string, startLocal: string, endLocal: string, overrideIndex?: number) => {
    const s = localToUtc(startLocal, series.zone);
    const e = localToUtc(endLocal, series.zone);
    if (e.getTime() > fromMs && s.getTime() < toMs) out.push({ recurrenceLocal, startLocal, endLocal, start: s, end: e, overrideIndex });
  };
  const emit = (occurrence: ICAL.Time) => {
    const recurrenceLocal = occurrence.toString();
    const index = overrideByRecurrence.get(recurrenceLocal);
    if (index !== undefined) {
      const o = series.overrides[index]!;
      if (!o.cancelled) push(recurrenceLocal, o.startLocal, o.endLocal, index);
      return;
    }
    const e = occurrence.clone();
    e.addDuration(duration);
    push(recurrenceLocal, recurrenceLocal, e.toString());
  };

  if (!series.rrule && series.rdates.length === 0) {
    emit(start);
    return out;
  }
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('dtstart', start);
  if (series.rrule) component.addPropertyWithValue('rrule', localRecur(series.rrule, series.zone, series.allDay));
  for (const r of series.rdates) component.addPropertyWithValue('rdate', icalTime(r));
  for (const x of series.exdates) component.addPropertyWithValue('exdate', icalTime(x));
  const iterator = new ICAL.Event(component).iterator();
  // Compare wall-clock strings first (cheap) and place only the occurrences near the window on the
  // time line. Margins of two days cover any zone offset; an occurrence that began before `from`
  // may still be running, so the lower margin also subtracts the duration. Moved occurrences can
  // land earlier than their original slot, so with overrides the upper margin grows by a year.
  const day = 86400000;
  const lengthMs = localToUtc(series.endLocal, series.zone).getTime() - localToUtc(series.startLocal, series.zone).getTime();
  const slack = series.overrides.length ? 366 * day : 0;
  const lower = utcToLocal(new Date(fromMs - lengthMs - 2 * day - slack), 'UTC', series.allDay);
  const upper = utcToLocal(new Date(toMs + 2 * day + slack), 'UTC', series.allDay);
  let n = 0;
  for (let t = iterator.next(); t; t = iterator.next()) {
    if (++n > MAX_ITERATIONS) break;
    const local = t.toString();
    if (local >= upper) break;
    if (local < lower) continue;
    emit(t);
    if (out.length >= limit) break;
  }
  out.sort((a, b) => a.start.getTime() - b.start.getTime());
  return window.limit !== undefined ? out.slice(0, window.limit) : out;
}

/** UTC end of the series' last occurrence, or null for a rule without COUNT or UNTIL. */
export function lastEnd(series: SeriesInput): Date | null {
  if (series.rrule) {
    const recur = ICAL.Recur.fromString(series.rrule.replace(/^RRULE:/i, ''));
    if (!recur.count && !recur.until) return null;
  }
  const all = expandSeries(series, { from: new Date(0), to: new Date('9999-01-01T00:00:00Z') });
  let max = localToUtc(series.endLocal, series.zone);
  for (const i of all) if (i.end > max) max = i.end;
  return max;
}

/** The first wall-clock start the rule produces on or after `local` (to anchor a new series on a matching day). */
export function firstMatchOnOrAfter(rrule: string, local: string): string {
  const recur = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  const start = icalTime(local);
  const iterator = recur.iterator(start);
  for (let t = iterator.next(), n = 0; t && n < 1000; t = iterator.next(), n++) {
    if (t.compare(start) >= 0) return t.toString();
  }
  return local;
}
