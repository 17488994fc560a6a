/**
 * iCalendar (RFC 5545) in and out. Out: ical-generator writes the feed (CRLF, 75-octet folding,
 * escaping), with our VTIMEZONE for Europe/Brussels. In: ical.js parses a partner's file; each
 * VEVENT series (master plus RECURRENCE-ID overrides) becomes wall-clock values in its own zone.
 */
import ICAL from 'ical.js';
import ical, { ICalCalendarMethod, type ICalEventData } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { HOME_ZONE, KIND_INFO, type Activity, type ActivityOverride } from './events.model.js';
import { localToUtc, utcToLocal, type SeriesInput } from './events.recurrence.js';

export const PRODID = '-//Expertisepunt Mantelzorg//Activiteitenkalender//NL';

/**
 * Europe/Brussels since 1996 (EU rules: last Sunday of March 02:00 -> CEST, last Sunday of October
 * 03:00 -> CET), as in libical's zoneinfo (../shared/standards/icalendar/libical-zoneinfo/).
 */
export const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'X-LIC-LOCATION:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function compact(local: string): string {
  return local.replace(/[-:]/g, '');
}

function zoned(local: string, zone: string): DateTime {
  return DateTime.fromISO(local, { zone });
}

/** EXDATE/RDATE lines in the activity's own zone. */
function dateListLines(name: 'EXDATE' | 'RDATE', values: string[], a: Activity): string[] {
  if (values.length === 0) return [];
  if (a.allDay) return [`${name};VALUE=DATE:${values.map(compact).join(',')}`];
  if (a.timeZone === 'UTC') return [`${name}:${values.map((v) => `${compact(v)}Z`).join(',')}`];
  return [`${name};TZID=${a.timeZone}:${values.map(compact).join(',')}`];
}

function placeText(a: Activity): string | undefined {
  if (a.place) {
    const p = a.place;
    const town = [p.postcode, p.municipality].filter(Boolean).join(' ');
    return [p.venue, p.address, town].filter(Boolean).join(', ') || undefined;
  }
  return a.onlineUrl ?? undefined;
}

function descriptionText(a: Activity, pageUrl: string, description?: string | null): string {
  const lines = [description ?? a.summary];
  if (!description && a.description) lines.push('', a.description);
  lines.push('', `Organisator: ${a.organiser}`);
  if (a.onlineUrl) lines.push(`Online: ${a.onlineUrl}`);
  if (a.registrationUrl) lines.push(`Inschrijven: ${a.registrationUrl}`);
  lines.push(`Meer info: ${pageUrl}`);
  return lines.join('\n');
}

/** One calendar with the given activities (each a VEVENT, plus one per changed occurrence). */
export function buildCalendar(activities: Activity[], options: { name: string; baseUrl: string }): string {
  const definitions = new Map<string, string>([[HOME_ZONE, BRUSSELS_VTIMEZONE]]);
  for (const a of activities) {
    if (a.timeZone !== HOME_ZONE && a.timeZoneDefinition) definitions.set(a.timeZone, a.timeZoneDefinition.replace(/^TZID:.*$/m, `TZID:${a.timeZone}`));
  }
  // name null: DTSTAMP stays in UTC (a calendar-wide zone would write it as local time).
  const cal = ical({ prodId: { company: 'Expertisepunt Mantelzorg', product: 'Activiteitenkalender', language: 'NL' }, name: options.name, method: ICalCalendarMethod.PUBLISH, timezone: { name: null, generator: (tz) => definitions.get(tz) ?? null } });
  for (const a of activities) {
    const zone = a.timeZone === 'UTC' ? null : a.timeZone;
    const pageUrl = `${options.baseUrl}/activiteiten/${a.slug}`;
    const base: Omit<ICalEventData, 'start'> = {
      id: a.uid,
      stamp: new Date(a.updatedAt),
      lastModified: new Date(a.updatedAt),
      timezone: zone,
      allDay: a.allDay,
      summary: a.title,
      description: descriptionText(a, pageUrl),
      location: placeText(a),
      url: pageUrl,
      categories: [{ name: KIND_INFO[a.kind].label }],
    };
    const start = zoned(a.startLocal, a.timeZone);
    const end = zoned(a.endLocal, a.timeZone);
    const cancelled = a.overrides.filter((o) => o.cancelled).map((o) => o.recurrenceLocal);
    const rules = a.rrule ? [`RRULE:${a.rrule.replace(/^RRULE:/i, '')}`, ...dateListLines('RDATE', a.rdates, a), ...dateListLines('EXDATE', [...a.exdates, ...cancelled], a)] : [];
    cal.createEvent({ ...base, start, end, repeating: rules.length ? rules.join('\n') : null });
    for (const o of a.overrides) {
      if (o.cancelled) continue;
      cal.createEvent({
        ...base,
        summary: o.title ?? a.title,
        description: descriptionText(a, pageUrl, o.description),
        location: o.venue ?? base.location,
        start: zoned(o.startLocal, a.timeZone),
        end: zoned(o.endLocal, a.timeZone),
        recurrenceId: zoned(o.recurrenceLocal, a.timeZone),
      });
    }
  }
  return cal.toString();
}

// ---------------------------------------------------------------------------------------------
// Import

/** A partner's series: our SeriesInput in its own zone, plus what the VEVENT says about it. */
export interface ParsedEvent extends SeriesInput {
  uid: string;
  title: string;
  description: string;
  location: string | null;
  url: string | null;
  geo: { lat: number; lon: number } | null;
  categories: string[];
  zoneDefinition: string | null;
  overrides: ActivityOverride[];
}

export interface ParseResult {
  events: ParsedEvent[];
  problems: string[];
}

/** '2026-12-01T19:00:00' or '2026-12-01' from an ical.js time, without zone suffix. */
function wallClock(t: ICAL.Time): string {
  return t.isDate ? t.toString() : t.toString().replace(/Z$/, '').slice(0, 19);
}

interface TimeValue {
  time: ICAL.Time;
  /** 'UTC', an IANA zone, or 'floating' */
  zone: string;
}

function zoneResolver(calendar: ICAL.Component, problems: string[]) {
  const definitions = new Map<string, { iana: string; text: string }>();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtz.getFirstPropertyValue('tzid') ?? '');
    const location = String(vtz.getFirstPropertyValue('x-lic-location') ?? '');
    const tail = /([A-Za-z_]+\/[A-Za-z_+-]+)$/.exec(tzid)?.[1] ?? '';
    const iana = [tzid, location, tail].find((z) => z && IANAZone.isValidZone(z));
    if (tzid && iana) definitions.set(tzid, { iana, text: vtz.toString() });
  }
  const resolve = (tzid: string): string => {
    if (IANAZone.isValidZone(tzid)) return tzid;
    const known = definitions.get(tzid);
    if (known) return known.iana;
    problems.push(`Onbekende tijdzone "${tzid}": gelezen als ${HOME_ZONE}.`);
    return HOME_ZONE;
  };
  const definitionOf = (zone: string): string | null => {
    for (const d of definitions.values()) if (d.iana === zone) return d.text.replace(/\r?\n/g, '\r\n');
    return null;
  };
  return { resolve, definitionOf };
}

function timeValues(prop: ICAL.Property, resolve: (tzid: string) => string): TimeValue[] {
  const tzid = prop.getParameter('tzid');
  return prop.getValues().map((v: ICAL.Time | ICAL.Period) => {
    const time = v instanceof ICAL.Period ? v.start : v;
    const zone = typeof tzid === 'string' && tzid ? resolve(tzid) : time.zone === ICAL.Timezone.utcTimezone ? 'UTC' : 'floating';
    return { time, zone };
  });
}

/** A time value as wall clock in the series' zone. */
function inZone(v: TimeValue, zone: string, allDay: boolean): string {
  if (v.time.isDate) return v.time.toString();
  const local = wallClock(v.time);
  const out = v.zone === 'floating' || v.zone === zone ? local : utcToLocal(localToUtc(local, v.zone), zone);
  return allDay ? out.slice(0, 10) : out;
}

function text(component: ICAL.Component, name: string): string {
  const v = component.getFirstPropertyValue(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** Parses an iCalendar text into series; throws an Error with a Dutch message when it is no calendar at all. */
export function parseCalendar(input: string): ParseResult {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(input));
  } catch (err) {
    throw new Error(`Dit is geen geldig iCalendar-bestand: ${(err as Error).message}`);
  }
  const calendar = root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  if (!calendar) throw new Error('Dit is geen iCalendar-bestand (geen VCALENDAR).');
  const problems: string[] = [];
  const { resolve, definitionOf } = zoneResolver(calendar, problems);

  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = text(vevent, 'uid');
    if (!uid) {
      problems.push(`Activiteit "${text(vevent, 'summary')}" zonder UID overgeslagen.`);
      continue;
    }
    const group = byUid.get(uid) ?? { exceptions: [] };
    if (vevent.hasProperty('recurrence-id')) group.exceptions.push(vevent);
    else group.master = vevent;
    byUid.set(uid, group);
  }

  const events: ParsedEvent[] = [];
  for (const [uid, group] of byUid) {
    const master = group.master;
    if (!master) {
      problems.push(`Activiteit ${uid}: alleen gewijzigde data, zonder de reeks zelf; overgeslagen.`);
      continue;
    }
    const dtstart = master.getFirstProperty('dtstart');
    if (!dtstart) {
      problems.push(`Activiteit ${uid} zonder DTSTART overgeslagen.`);
      continue;
    }
    const start = timeValues(dtstart, resolve)[0]!;
    const allDay = start.time.isDate;
    const zone = allDay || start.zone === 'floating' ? HOME_ZONE : start.zone;
    const startLocal = inZone(start, zone, allDay);
    const endOf = (component: ICAL.Component, startValue: string): string => {
      const dtend = component.getFirstProperty('dtend');
      if (dtend) return inZone(timeValues(dtend, resolve)[0]!, zone, allDay);
      const duration = component.getFirstPropertyValue('duration');
      const t = startValue.length === 10 ? ICAL.Time.fromDateString(startValue) : ICAL.Time.fromDateTimeString(startValue);
      if (duration instanceof ICAL.Duration) t.addDuration(duration);
      else if (allDay) t.adjust(1, 0, 0, 0);
      return wallClock(t);
    };
    const endLocal = endOf(master, startLocal);
    const rruleValue = master.getFirstPropertyValue('rrule');
    const rdates = master.getAllProperties('rdate').flatMap((p) => timeValues(p, resolve).map((v) => inZone(v, zone, allDay)));
    const exdates = master.getAllProperties('exdate').flatMap((p) => timeValues(p, resolve).map((v) => inZone(v, zone, allDay)));
    const overrides = group.exceptions.map((ex) => {
      const rid = timeValues(ex.getFirstProperty('recurrence-id')!, resolve)[0]!;
      const exStart = ex.getFirstProperty('dtstart');
      const s = exStart ? inZone(timeValues(exStart, resolve)[0]!, zone, allDay) : inZone(rid, zone, allDay);
      const title = text(ex, 'summary');
      const description = text(ex, 'description');
      const venue = text(ex, 'location');
      return {
        recurrenceLocal: inZone(rid, zone, allDay),
        startLocal: s,
        endLocal: endOf(ex, s),
        title: title && title !== text(master, 'summary') ? title : null,
        description: description && description !== text(master, 'description') ? description : null,
        venue: venue && venue !== text(master, 'location') ? venue : null,
        cancelled: text(ex, 'status').toUpperCase() === 'CANCELLED',
      };
    });
    const geo = master.getFirstPropertyValue('geo');
    const categories = master.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    events.push({
      uid,
      title: text(master, 'summary') || '(zonder titel)',
      description: text(master, 'description'),
      location: text(master, 'location') || null,
      url: text(master, 'url') || null,
      geo: Array.isArray(geo) && geo.length === 2 ? { lat: Number(geo[0]), lon: Number(geo[1]) } : null,
      categories,
      zone,
      zoneDefinition: zone === HOME_ZONE || zone === 'UTC' ? null : definitionOf(zone),
      allDay,
      startLocal,
      endLocal,
      rrule: rruleValue instanceof ICAL.Recur ? rruleValue.toString() : null,
      rdates,
      exdates,
      overrides,
    });
  }
  return { events, problems };
}
