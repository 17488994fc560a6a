/**
 * The activities calendar: info sessions, peer-support groups, trainings, care holidays, webinars and
 * campaign days, single or recurring, in Brussels time. Lists upcoming occurrences near a place,
 * writes and reads iCalendar, and hands activities to the search index and the municipality pages.
 */
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import * as places from '../places/places.service.js';
import * as content from '../content/content.service.js';
import * as search from '../search/search.service.js';
import * as repo from './events.repository.js';
import type { ActivityOverrideRow, ActivityRow } from './events.table.js';
import { ACTIVITY_KINDS, HOME_ZONE, KIND_INFO, kindFromSlug, type Activity, type ActivityKind, type ActivityOverride, type ActivitySearchDocument, type Occurrence } from './events.model.js';
import { expandSeries, lastEnd, localToUtc, rruleProblem, type Instance, type SeriesInput } from './events.recurrence.js';
import { buildCalendar, parseCalendar } from './events.ical.js';
import { isPrivateHost } from '../web/net.js';
import { brusselsDay as dayOf } from '../web/day.js';

export * from './events.model.js';
export { firstMatchOnOrAfter } from './events.recurrence.js';

type Q = Db | Tx;

/** Emits 'changed' after every committed write, so cached pages can be dropped. */
export const eventChanges = new EventEmitter();

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LOCAL_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;
const URL_RE = /^https?:\/\/\S+$/;
/** How far ahead lists and feeds look when no end date is given. */
const DEFAULT_HORIZON_DAYS = 365;
/** Longest date range a visitor may ask for (bounds the expansion work). */
const MAX_RANGE_DAYS = 2 * 366;
export const DEFAULT_DISTANCE_KM = 20;

// ---------------------------------------------------------------------------------------------
// Rows -> domain

function json(value: string): string[] {
  try {
    const v: unknown = JSON.parse(value);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

async function toActivities(db: Q, rows: ActivityRow[]): Promise<Activity[]> {
  const ids = rows.map((r) => r.id);
  const [audiences, overrides] = await Promise.all([repo.listAudienceSlugs(db, ids), repo.listOverrides(db, ids)]);
  const audiencesOf = new Map<number, string[]>();
  for (const a of audiences) audiencesOf.set(a.activity_id, [...(audiencesOf.get(a.activity_id) ?? []), a.audience_slug]);
  const overridesOf = new Map<number, ActivityOverrideRow[]>();
  for (const o of overrides) overridesOf.set(o.activity_id, [...(overridesOf.get(o.activity_id) ?? []), o]);
  const out: Activity[] = [];
  for (const r of rows) {
    const municipality = r.nis_code ? await places.findMunicipalityByNisCode(db, r.nis_code) : undefined;
    const hasPlace = r.venue || r.address || r.postcode || r.nis_code;
    out.push({
      id: r.id,
      uid: r.uid,
      slug: r.slug,
      kind: (ACTIVITY_KINDS as readonly string[]).includes(r.kind) ? (r.kind as ActivityKind) : 'info_session',
      title: r.title,
      summary: r.summary,
      description: r.description,
      organiser: r.organiser,
      organisationId: r.organisation_id,
      place: hasPlace
        ? {
            venue: r.venue,
            address: r.address,
            postcode: r.postcode,
            nisCode: r.nis_code,
            municipality: municipality?.name ?? null,
            lat: r.lat === null ? null : Number(r.lat),
            lon: r.lon === null ? null : Number(r.lon),
          }
        : null,
      onlineUrl: r.online_url,
      timeZone: r.time_zone,
      timeZoneDefinition: r.time_zone_definition,
      allDay: Number(r.all_day) === 1,
      startLocal: r.starts_local,
      endLocal: r.ends_local,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      rrule: r.rrule,
      rdates: json(r.rdates),
      exdates: json(r.exdates),
      overrides: (overridesOf.get(r.id) ?? []).map((o) => ({
        recurrenceLocal: o.recurrence_local,
        startLocal: o.starts_local,
        endLocal: o.ends_local,
        title: o.title,
        description: o.description,
        venue: o.venue,
        cancelled: Number(o.cancelled) === 1,
      })),
      priceCents: r.price_cents === null ? null : Number(r.price_cents),
      priceNote: r.price_note,
      registrationUrl: r.registration_url,
      placesLeft: r.places_left === null ? null : Number(r.places_left),
      accessibility: r.accessibility,
      infoUrl: r.info_url,
      audiences: audiencesOf.get(r.id) ?? [],
      source: r.source === 'import' || r.source === 'editor' ? r.source : 'demo',
      draft: Number(r.draft) === 1,
      updatedAt: r.updated_at,
    });
  }
  return out;
}

function seriesOf(a: Pick<Activity, 'timeZone' | 'allDay' | 'startLocal' | 'endLocal' | 'rrule' | 'rdates' | 'exdates' | 'overrides'>): SeriesInput {
  return { zone: a.timeZone, allDay: a.allDay, startLocal: a.startLocal, endLocal: a.endLocal, rrule: a.rrule, rdates: a.rdates, exdates: a.exdates, overrides: a.overrides };
}

// Expanding a rule walks it from its first date (ical.js checks day by day for rules like "first
// Tuesday"), the costly part of a list. A list's window moves with the clock, so expansions are kept
// per series (its rule, dates and overrides) for a window widened to whole UTC days, then cut exactly.
// The least recently used is dropped first. Every rebuild of the kept occurrences (after any write)
// asks for every series again, in the same order: a cache smaller than that set would miss on all of
// them, so it holds at least the series of the last build plus a margin (lists beyond the year, the
// next day's windows while the last day's are dropped).
const expansions = new Map<string, Instance[]>();
/** The expansion cache's floor and margin (tests lower it to work at a small scale), its size and its misses. */
export const expansionCache = {
  minimum: 5000,
  capacity: 5000,
  misses: 0,
  get size() {
    return expansions.size;
  },
  /** sizes the cache for a build that expands `series` series */
  fit(series: number) {
    this.capacity = series + this.minimum;
    while (expansions.size > this.capacity) expansions.delete(expansions.keys().next().value!);
  },
};
const DAY_MS = 86400000;

function expandCached(a: Activity, window: { from: Date; to: Date }): Instance[] {
  const from = Math.floor(window.from.getTime() / DAY_MS) * DAY_MS;
  const to = Math.ceil(window.to.getTime() / DAY_MS) * DAY_MS;
  const series = seriesOf(a);
  const key = `${from}|${to}|${JSON.stringify(series)}`;
  let all = expansions.get(key);
  if (all) expansions.delete(key);
  else {
    all = expandSeries(series, { from: new Date(from), to: new Date(to) });
    expansionCache.misses++;
  }
  // Last in the map: the most recently used.
  expansions.set(key, all);
  if (expansions.size > expansionCache.capacity) expansions.delete(expansions.keys().next().value!);
  const fromMs = window.from.getTime();
  const toMs = window.to.getTime();
  return all.filter((i) => i.end.getTime() > fromMs && i.start.getTime() < toMs);
}

function toOccurrence(a: Activity, i: Instance): Occurrence {
  const o: ActivityOverride | undefined = i.overrideIndex === undefined ? undefined : a.overrides[i.overrideIndex];
  return { activity: a, start: i.start.toISOString(), end: i.end.toISOString(), startLocal: i.startLocal, endLocal: i.endLocal, title: o?.title ?? a.title };
}

function occurrencesOf(a: Activity, window: { from: Date; to: Date; limit?: number }): Occurrence[] {
  const instances = window.limit === undefined ? expandCached(a, window) : expandSeries(seriesOf(a), window);
  return instances.map((i) => toOccurrence(a, i));
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface ActivityInput {
  uid?: string;
  slug: string;
  kind: ActivityKind;
  title: string;
  summary: string;
  description?: string;
  organiser: string;
  organisationId?: string | null;
  /** a place: a postcode (or nisCode) is enough; coordinates default to the municipality's centre */
  place?: { venue?: string | null; address?: string | null; postcode?: string | null; nisCode?: string | null; lat?: number | null; lon?: number | null } | null;
  onlineUrl?: string | null;
  timeZone?: string;
  timeZoneDefinition?: string | null;
  allDay?: boolean;
  /** wall clock in timeZone: '2026-12-01T19:00' or '2026-12-01' */
  startLocal: string;
  endLocal: string;
  rrule?: string | null;
  rdates?: string[];
  exdates?: string[];
  overrides?: ActivityOverride[];
  priceCents?: number | null;
  priceNote?: string | null;
  registrationUrl?: string | null;
  placesLeft?: number | null;
  accessibility?: string | null;
  infoUrl?: string | null;
  audiences: string[];
  source: Activity['source'];
  /** true: a draft, on no public channel; left out: a new activity is public, an existing one keeps its state */
  draft?: boolean;
}

function normaliseLocal(value: string, allDay: boolean): string {
  if (allDay) return value.slice(0, 10);
  return value.length === 10 ? `${value}T00:00:00` : value.length === 16 ? `${value}:00` : value;
}

async function checkInput(db: Q, input: ActivityInput) {
  const fields: Record<string, string> = {};
  const allDay = input.allDay ?? false;
  const zone = input.timeZone ?? HOME_ZONE;
  if (!ACTIVITY_KINDS.includes(input.kind)) fields.kind = 'Kies een soort activiteit.';
  if (!SLUG_RE.test(input.slug) || input.slug.length > 200) fields.slug = 'Gebruik kleine letters, cijfers en koppeltekens (max. 200 tekens).';
  if (!input.title.trim()) fields.title = 'Geef een titel.';
  if (!input.organiser.trim()) fields.organiser = 'Geef de organisator.';
  if (!DateTime.local().setZone(zone).isValid) fields.timeZone = 'Onbekende tijdzone.';
  const startLocal = normaliseLocal(input.startLocal, allDay);
  const endLocal = normaliseLocal(input.endLocal, allDay);
  if (!LOCAL_RE.test(startLocal) || !DateTime.fromISO(startLocal, { zone }).isValid) fields.startLocal = 'Geef een geldige begindatum.';
  else if (!LOCAL_RE.test(endLocal) || !DateTime.fromISO(endLocal, { zone }).isValid) fields.endLocal = 'Geef een geldige einddatum.';
  else if (localToUtc(endLocal, zone) < localToUtc(startLocal, zone)) fields.endLocal = 'Het einde ligt voor het begin.';
  if (input.rrule) {
    const problem = rruleProblem(input.rrule);
    if (problem) fields.rrule = problem;
  }
  for (const key of ['onlineUrl', 'registrationUrl', 'infoUrl'] as const) {
    const v = input[key];
    if (v && !URL_RE.test(v)) fields[key] = 'Een link begint met http:// of https://.';
  }
  if (input.placesLeft !== undefined && input.placesLeft !== null && (!Number.isInteger(input.placesLeft) || input.placesLeft < 0)) fields.placesLeft = 'Geef een aantal van 0 of meer.';
  if (input.priceCents !== undefined && input.priceCents !== null && (!Number.isInteger(input.priceCents) || input.priceCents < 0)) fields.priceCents = 'Geef een prijs van 0 of meer.';
  const known = new Set((await content.listAudiences(db)).map((a) => a.slug));
  for (const a of input.audiences) if (!known.has(a)) fields.audiences = `Doelgroep "${a}" bestaat niet.`;

  let place: { venue: string | null; address: string | null; postcode: string | null; nis_code: string | null; lat: number | null; lon: number | null } | null = null;
  if (input.place) {
    const p = input.place;
    let municipality = p.nisCode ? await places.findMunicipalityByNisCode(db, p.nisCode) : undefined;
    if (p.nisCode && !municipality) fields.place = `Gemeente met NIS-code ${p.nisCode} bestaat niet.`;
    if (!municipality && p.postcode) {
      const match = await places.resolvePlace(db, p.postcode);
      if (match.kind === 'postcode') municipality = match.municipalities[0];
      else fields.place = `Postcode ${p.postcode} ligt niet in Vlaanderen of Brussel.`;
    }
    place = {
      venue: p.venue?.trim() || null,
      address: p.address?.trim() || null,
      postcode: p.postcode ?? null,
      nis_code: municipality?.nisCode ?? null,
      lat: p.lat ?? municipality?.lat ?? null,
      lon: p.lon ?? municipality?.lon ?? null,
    };
  }
  if (Object.keys(fields).length) throw new ValidationError('De activiteit is niet volledig.', fields);
  return { allDay, zone, startLocal, endLocal, place };
}

/**
 * Creates or updates (matched by UID) an activity with its audiences and changed occurrences, in
 * one transaction. Returns its id and whether it was new.
 */
export async function saveActivity(db: Q, input: ActivityInput, now = new Date()): Promise<{ id: number; created: boolean }> {
  const { allDay, zone, startLocal, endLocal, place } = await checkInput(db, input);
  const rdates = (input.rdates ?? []).map((v) => normaliseLocal(v, allDay));
  const exdates = (input.exdates ?? []).map((v) => normaliseLocal(v, allDay));
  const overrides = (input.overrides ?? []).map((o) => ({ ...o, recurrenceLocal: normaliseLocal(o.recurrenceLocal, allDay), startLocal: normaliseLocal(o.startLocal, allDay), endLocal: normaliseLocal(o.endLocal, allDay) }));
  const series: SeriesInput = { zone, allDay, startLocal, endLocal, rrule: input.rrule ?? null, rdates, exdates, overrides };
  const last = lastEnd(series);
  const nowIso = now.toISOString();
  const row = {
    uid: input.uid ?? `${randomUUID()}@expertisepunt-mantelzorg`,
    slug: input.slug,
    kind: input.kind,
    title: input.title.trim(),
    summary: input.summary.trim(),
    description: input.description?.trim() ?? '',
    organiser: input.organiser.trim(),
    organisation_id: input.organisationId ?? null,
    venue: place?.venue ?? null,
    address: place?.address ?? null,
    postcode: place?.postcode ?? null,
    nis_code: place?.nis_code ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    online_url: input.onlineUrl ?? null,
    time_zone: zone,
    time_zone_definition: input.timeZoneDefinition ?? null,
    all_day: allDay ? 1 : 0,
    starts_local: startLocal,
    ends_local: endLocal,
    starts_at: localToUtc(startLocal, zone).toISOString(),
    ends_at: localToUtc(endLocal, zone).toISOString(),
    rrule: input.rrule ? input.rrule.replace(/^RRULE:/i, '') : null,
    rdates: JSON.stringify(rdates),
    exdates: JSON.stringify(exdates),
    last_ends_at: last ? last.toISOString() : null,
    price_cents: input.priceCents ?? null,
    price_note: input.priceNote ?? null,
    registration_url: input.registrationUrl ?? null,
    places_left: input.placesLeft ?? null,
    accessibility: input.accessibility ?? null,
    info_url: input.infoUrl ?? null,
    source: input.source,
    updated_at: nowIso,
  };
  const overrideRows = overrides.map((o) => ({
    recurrence_local: o.recurrenceLocal,
    starts_local: o.startLocal,
    ends_local: o.endLocal,
    title: o.title,
    description: o.description,
    venue: o.venue,
    cancelled: o.cancelled ? 1 : 0,
  }));
  const result = await inTransaction(db, async (tx) => {
    const existing = await repo.findActivityByUid(tx, row.uid, { drafts: true });
    const bySlug = await repo.findActivityBySlug(tx, row.slug, { drafts: true });
    if (bySlug && bySlug.uid !== row.uid) throw new ValidationError('Deze slug is al in gebruik.', { slug: 'Deze slug is al in gebruik.' });
    const draft = input.draft === undefined ? Number(existing?.draft ?? 0) : input.draft ? 1 : 0;
    let id: number;
    if (existing) {
      id = existing.id;
      await repo.updateActivity(tx, id, { ...row, draft });
    } else {
      id = await repo.insertActivity(tx, { ...row, draft, created_at: nowIso });
    }
    await repo.replaceActivityLinks(tx, id, [...new Set(input.audiences)], overrideRows);
    await syncActivitySearch(tx, id, now);
    return { id, created: !existing };
  });
  eventChanges.emit('changed');
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A public activity by slug (a draft is "not found" unless `drafts: true`, which only the back office asks). */
export async function getActivity(db: Q, slug: string, options: repo.FindOptions = {}): Promise<Activity> {
  const row = await repo.findActivityBySlug(db, slug, options);
  if (!row) throw new NotFoundError('activity_not_found', 'Deze activiteit bestaat niet (meer).');
  return (await toActivities(db, [row]))[0]!;
}

export async function findActivityByUid(db: Q, uid: string, options: repo.FindOptions = {}): Promise<Activity | undefined> {
  const row = await repo.findActivityByUid(db, uid, options);
  return row ? (await toActivities(db, [row]))[0] : undefined;
}

export async function countActivities(db: Q): Promise<number> {
  return repo.countActivities(db);
}

/** The next occurrences of one activity that have not ended yet. */
export function nextOccurrences(activity: Activity, now: Date, limit = 5): Occurrence[] {
  // The window ends a fixed time after today (not now): during a day the list changes only when one ends.
  return occurrencesOf(activity, { from: now, to: new Date(dayOf(now.getTime()).to + 3 * 366 * DAY_MS), limit });
}

export interface OccurrenceFilter {
  kinds?: ActivityKind[];
  audience?: string;
  near?: { lat: number; lon: number; km: number };
  /** occurrences that end after `from` and start before `to` */
  from: Date;
  to: Date;
  /** the clock the filter was made with (default: now): lists within a year of its day come from memory */
  now?: Date;
}

export interface OccurrencePage {
  items: Occurrence[];
  total: number;
  page: number;
  pageCount: number;
  /** when known (lists kept in memory): the moment the list changes next without a write (an occurrence in it ends) */
  changesAt?: number;
}

async function activitiesFor(db: Q, filter: OccurrenceFilter): Promise<{ activities: Activity[]; distance: Map<number, number> }> {
  let nisCodes: string[] | undefined;
  if (filter.near) {
    // Municipalities whose centre is within reach plus a margin: a venue lies somewhere in its municipality.
    nisCodes = (await places.listMunicipalitiesWithin(db, filter.near, filter.near.km + 15)).map((m) => m.nisCode);
  }
  const rows = await repo.listActivityRows(db, { kinds: filter.kinds, audience: filter.audience, nisCodes, endsAfter: filter.from.toISOString(), startsBefore: filter.to.toISOString() });
  const distance = new Map<number, number>();
  let activities = await toActivities(db, rows);
  if (filter.near) {
    const near = filter.near;
    activities = activities.filter((a) => {
      if (a.place?.lat == null || a.place.lon == null) return false;
      const d = places.distanceKm(near, { lat: a.place.lat, lon: a.place.lon });
      distance.set(a.id, d);
      return d <= near.km;
    });
  }
  return { activities, distance };
}

const byStart = (a: Occurrence, b: Occurrence) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'nl');

/** Every occurrence matching the filter, earliest first. */
export async function listAllOccurrences(db: Q, filter: OccurrenceFilter): Promise<Occurrence[]> {
  const { activities, distance } = await activitiesFor(db, filter);
  const all = activities.flatMap((a) => occurrencesOf(a, { from: filter.from, to: filter.to }).map((o) => (distance.has(a.id) ? { ...o, distanceKm: distance.get(a.id) } : o)));
  return all.sort(byStart);
}

// ---------------------------------------------------------------------------------------------
// Upcoming occurrences in memory
//
// A list of the calendar (/activiteiten, with or without filters) is a page of every occurrence in
// the coming year that matches. Each process keeps those occurrences, sorted, for today's window:
// small records (ids, times, what the filters look at), not whole activities. A list filters them
// and reads only its page's activities from the database. The database raises a counter on every
// write to the calendar (triggers, migration 2026-12-01T1200), so every process rebuilds after any
// change, by whichever process or tool; expansions of unchanged series come from their cache.

/** Days from the start of today (Brussels) that the kept occurrences cover: the default year and a margin. */
const INDEX_DAYS = DEFAULT_HORIZON_DAYS + 2;
/**
 * Building reads the activities in batches of this many rows (by id) and gives the event loop back at
 * least every BUILD_SLICE_MS, so other requests are served meanwhile (50,000 activities: seconds of work).
 */
const BUILD_BATCH = 500;
const BUILD_SLICE_MS = 10;

interface IndexedActivity {
  id: number;
  kind: string;
  nisCode: string | null;
  lat: number | null;
  lon: number | null;
  audiences: Set<string>;
  startsAt: string;
  lastEndsAt: string | null;
}

interface OccurrenceIndex {
  from: number;
  to: number;
  activities: IndexedActivity[];
  /** the occurrences, earliest first, then by title (as byStart): each one's activity (index), start, end and instance */
  activityOf: Int32Array;
  startMs: Float64Array;
  endMs: Float64Array;
  instances: Instance[];
}

const indexes = new WeakMap<object, { key: string; built: Promise<OccurrenceIndex> }>();
const titleOrder = new Intl.Collator('nl').compare;

/** Long work in slices: `due()` when the current slice has taken BUILD_SLICE_MS, `pause()` gives the event loop back. */
function pacer() {
  let sliceStart = performance.now();
  const due = () => performance.now() - sliceStart >= BUILD_SLICE_MS;
  const pause = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
  return { due, pause, breathe: async () => (due() ? pause() : undefined) };
}

/** A stable merge sort that gives the event loop back between slices (Array.prototype.sort of 100,000 occurrences blocks for hundreds of ms). */
async function sortPaced<T>(items: T[], compare: (a: T, b: T) => number, pace: ReturnType<typeof pacer>): Promise<T[]> {
  const RUN = 64;
  let src = items.slice();
  for (let lo = 0; lo < src.length; lo += RUN) {
    const run = src.slice(lo, lo + RUN).sort(compare);
    for (let k = 0; k < run.length; k++) src[lo + k] = run[k]!;
    await pace.breathe();
  }
  let dst = new Array<T>(src.length);
  for (let width = RUN; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        dst[k++] = compare(src[b]!, src[a]!) < 0 ? src[b++]! : src[a++]!;
        if ((k & 4095) === 0 && pace.due()) await pace.pause();
      }
      while (a < mid) dst[k++] = src[a++]!;
      while (b < hi) dst[k++] = src[b++]!;
    }
    [src, dst] = [dst, src];
    await pace.breathe();
  }
  return src;
}

async function buildOccurrenceIndex(db: Db, from: Date, to: Date): Promise<OccurrenceIndex> {
  const window = { from, to };
  const query = { endsAfter: from.toISOString(), startsBefore: to.toISOString() };
  const list: { activity: number; start: number; end: number; instance: Instance; title: string }[] = [];
  const indexed: IndexedActivity[] = [];
  const pace = pacer();
  const breathe = pace.breathe;
  let series = 0;
  // In batches by id: a write during the build raises the version, and the next list builds again.
  for (let afterId = 0; ; ) {
    const rows = await repo.listActivityRowsAfter(db, query, afterId, BUILD_BATCH);
    if (!rows.length) break;
    afterId = rows[rows.length - 1]!.id;
    await breathe();
    const activities = await toActivities(db, rows);
    for (let k = 0; k < activities.length; k++) {
      await breathe();
      const a = activities[k]!;
      const row = rows[k]!;
      const i = indexed.length;
      indexed.push({ id: a.id, kind: row.kind, nisCode: row.nis_code, lat: a.place?.lat ?? null, lon: a.place?.lon ?? null, audiences: new Set(a.audiences), startsAt: row.starts_at, lastEndsAt: row.last_ends_at });
      // A single event has one occurrence: expanded directly, so the series keep the expansion cache.
      const single = !a.rrule && a.rdates.length === 0 && a.overrides.length === 0;
      if (!single && ++series > expansionCache.capacity - expansionCache.minimum) expansionCache.fit(series);
      for (const instance of single ? expandSeries(seriesOf(a), window) : expandCached(a, window)) {
        list.push({ activity: i, start: instance.start.getTime(), end: instance.end.getTime(), instance, title: toOccurrence(a, instance).title });
      }
    }
    if (rows.length < BUILD_BATCH) break;
  }
  expansionCache.fit(series);
  const sorted = await sortPaced(list, (x, y) => x.start - y.start || titleOrder(x.title, y.title), pace);
  const n = sorted.length;
  const index: OccurrenceIndex = { from: from.getTime(), to: to.getTime(), activities: indexed, activityOf: new Int32Array(n), startMs: new Float64Array(n), endMs: new Float64Array(n), instances: new Array<Instance>(n) };
  // Plain loops: TypedArray.from with a function is many times slower.
  for (let k = 0; k < n; k++) {
    const o = sorted[k]!;
    index.activityOf[k] = o.activity;
    index.startMs[k] = o.start;
    index.endMs[k] = o.end;
    index.instances[k] = o.instance;
  }
  return index;
}

// The calendar's version is read for every list (and every cached list page): at most one read per
// database is in flight; requests that come meanwhile share the next one, which starts after they
// came and so sees every write committed before them.
const versionReads = new WeakMap<object, { running: Promise<string> | null; queued: Promise<string> | null }>();

/** The calendar's version (raised by the database on every write to activities, their audiences or overrides). */
export function calendarVersion(db: Db): Promise<string> {
  let state = versionReads.get(db);
  if (!state) versionReads.set(db, (state = { running: null, queued: null }));
  const reads = state;
  const start = (): Promise<string> => {
    const read = repo.calendarVersion(db);
    reads.running = read;
    const clear = () => {
      if (reads.running === read) reads.running = null;
    };
    read.then(clear, clear);
    return read;
  };
  if (!reads.running) return start();
  if (!reads.queued) {
    const queued = reads.running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        reads.queued = null;
        return start();
      });
    reads.queued = queued;
  }
  return reads.queued;
}

/** The Brussels day of a moment ('2026-12-04'). */
export function brusselsDayOf(now: Date): string {
  return dayOf(now.getTime()).day;
}

/**
 * What a calendar page (a list, an activity, a feed) depends on besides its URL and the day: the
 * calendar's version, raised by the database on every write, by any process. Part of its page-cache key,
 * so a write shows at once everywhere; the page cache's `day` handles the day.
 */
export async function calendarPageKey(db: Db): Promise<string> {
  return `calendar ${await calendarVersion(db)}`;
}

/** Today's occurrences, rebuilt when the day or the calendar's version changed; one build at a time. */
async function occurrenceIndex(db: Db, now: Date): Promise<OccurrenceIndex> {
  const day = DateTime.fromJSDate(now, { zone: HOME_ZONE }).startOf('day');
  const key = `${await calendarVersion(db)}|${day.toMillis()}`;
  const kept = indexes.get(db);
  if (kept?.key === key) return kept.built;
  const built = buildOccurrenceIndex(db, day.toJSDate(), day.plus({ days: INDEX_DAYS }).toJSDate());
  indexes.set(db, { key, built });
  built.catch(() => {
    if (indexes.get(db)?.built === built) indexes.delete(db);
  });
  return built;
}

/** Builds today's occurrences ahead of the first visitor (at start-up). */
export async function warmOccurrences(db: Db, now = new Date()): Promise<void> {
  await occurrenceIndex(db, now);
}

/** The positions (in the index) of one filter's occurrences from the start of the day, with their distances when near a place. */
interface Matches {
  positions: Int32Array;
  distances: Float64Array | null;
}

/** Filters' matches kept per index (the same filters come back all day); at most this many. */
const MATCHES_KEPT = 200;
const matchesKept = new WeakMap<OccurrenceIndex, Map<string, Promise<Matches>>>();

/** One filter's matches, computed once for concurrent requests. */
function matchesFor(db: Q, index: OccurrenceIndex, filter: OccurrenceFilter): Promise<Matches> {
  const near = filter.near;
  const key = JSON.stringify([filter.kinds ?? null, filter.audience ?? null, near ? [near.lat, near.lon, near.km] : null, filter.to.getTime()]);
  let kept = matchesKept.get(index);
  if (!kept) matchesKept.set(index, (kept = new Map()));
  const hit = kept.get(key);
  if (hit) return hit;
  const matches = computeMatches(db, index, filter);
  if (kept.size >= MATCHES_KEPT) kept.clear();
  kept.set(key, matches);
  matches.catch(() => kept.delete(key));
  return matches;
}

async function computeMatches(db: Q, index: OccurrenceIndex, filter: OccurrenceFilter): Promise<Matches> {
  const near = filter.near;
  const fromIso = new Date(index.from).toISOString();
  const toIso = filter.to.toISOString();
  const toMs = filter.to.getTime();
  // As activitiesFor(): municipalities within reach plus a margin, then the venue's own distance.
  const nisCodes = near ? new Set((await places.listMunicipalitiesWithin(db, near, near.km + 15)).map((m) => m.nisCode)) : undefined;
  const kinds = filter.kinds ? new Set<string>(filter.kinds) : undefined;
  // Per activity: NaN when it does not match, else its distance (0 without a place filter).
  const verdicts = new Float64Array(index.activities.length);
  index.activities.forEach((a, i) => {
    let v = 0;
    if ((kinds && !kinds.has(a.kind)) || (filter.audience && !a.audiences.has(filter.audience))) v = NaN;
    else if (a.startsAt >= toIso || (a.lastEndsAt !== null && a.lastEndsAt <= fromIso)) v = NaN;
    else if (near) v = a.nisCode !== null && nisCodes!.has(a.nisCode) && a.lat !== null && a.lon !== null ? places.distanceKm(near, { lat: a.lat, lon: a.lon }) : NaN;
    verdicts[i] = near && !(v <= near.km) ? NaN : v;
  });
  const positions: number[] = [];
  const { activityOf, startMs } = index;
  for (let i = 0; i < startMs.length && startMs[i]! < toMs; i++) if (!Number.isNaN(verdicts[activityOf[i]!]!)) positions.push(i);
  return { positions: Int32Array.from(positions), distances: near ? Float64Array.from(positions, (i) => verdicts[activityOf[i]!]!) : null };
}

/**
 * How many occurrences match the filter, and those from `skip` on (at most `take`), earliest first,
 * with their activities' ids; undefined when the filter's window lies outside what is kept (or in a
 * transaction, which may see writes the kept occurrences do not). A filter's matches from the start
 * of the day are kept; of those, only the ones that started before `from` can have ended since.
 */
async function matchOccurrenceIndex(
  db: Q,
  filter: OccurrenceFilter,
  skip: number,
  take: number,
): Promise<{ total: number; page: { activityId: number; instance: Instance; distanceKm?: number }[]; changesAt: number } | undefined> {
  if (db.isTransaction) return undefined;
  const index = await occurrenceIndex(db as Db, filter.now ?? new Date());
  const fromMs = filter.from.getTime();
  if (fromMs < index.from || filter.to.getTime() > index.to) return undefined;
  const { positions, distances } = await matchesFor(db, index, filter);
  const { startMs, endMs } = index;
  // The matches that started before `from` (a day's worth at most): those that have not ended yet stay.
  let started = 0;
  while (started < positions.length && startMs[positions[started]!]! < fromMs) started++;
  const live: number[] = [];
  for (let k = 0; k < started; k++) if (endMs[positions[k]!]! > fromMs) live.push(k);
  const total = live.length + positions.length - started;
  const page: { activityId: number; instance: Instance; distanceKm?: number }[] = [];
  for (let n = skip; n < Math.min(total, skip + take); n++) {
    const k = n < live.length ? live[n]! : started + (n - live.length);
    const i = positions[k]!;
    const activityId = index.activities[index.activityOf[i]!]!.id;
    page.push(distances ? { activityId, instance: index.instances[i]!, distanceKm: distances[k]! } : { activityId, instance: index.instances[i]! });
  }
  // The list stays the same until one of its occurrences ends (it drops out, the total goes down).
  let changesAt = Infinity;
  for (let k = 0; k < positions.length; k++) {
    const end = endMs[positions[k]!]!;
    if (end > fromMs && end < changesAt) changesAt = end;
  }
  return { total, page, changesAt };
}

/** A page's occurrences with their activities, read from the database. */
async function hydrate(db: Q, page: { activityId: number; instance: Instance; distanceKm?: number }[]): Promise<Occurrence[]> {
  const byId = new Map((await toActivities(db, await repo.listActivityRowsByIds(db, [...new Set(page.map((m) => m.activityId))]))).map((a) => [a.id, a]));
  return page.flatMap(({ activityId, instance, distanceKm }) => {
    const a = byId.get(activityId);
    if (!a) return [];
    const occurrence = toOccurrence(a, instance);
    return distanceKm === undefined ? [occurrence] : [{ ...occurrence, distanceKm }];
  });
}

/**
 * One page of occurrences, earliest first. Lists within a year of today come from the occurrences
 * kept in memory (above). For other windows: without a distance filter, single events (one
 * occurrence each, most of a large calendar) are counted and ordered by the database, and only the
 * ones up to the end of the page are read; series are expanded as before. With a distance filter
 * (computed here, not in SQL) every candidate is expanded.
 */
export async function listOccurrences(db: Q, filter: OccurrenceFilter, paging: { page?: number; pageSize?: number } = {}): Promise<OccurrencePage> {
  const pageSize = paging.pageSize ?? 20;
  const wanted = Math.max(1, paging.page ?? 1);
  let kept = await matchOccurrenceIndex(db, filter, (wanted - 1) * pageSize, pageSize);
  if (kept) {
    const pageCount = Math.max(1, Math.ceil(kept.total / pageSize));
    // A page past the end shows the last one (counted first, then read).
    if (wanted > pageCount) kept = (await matchOccurrenceIndex(db, filter, (pageCount - 1) * pageSize, pageSize))!;
    return { items: await hydrate(db, kept.page), total: kept.total, page: Math.min(wanted, pageCount), pageCount, changesAt: kept.changesAt };
  }
  const window = { from: filter.from, to: filter.to };
  let page: number;
  let total: number;
  let all: Occurrence[];
  if (filter.near) {
    all = await listAllOccurrences(db, filter);
    total = all.length;
    page = Math.min(Math.max(1, paging.page ?? 1), Math.max(1, Math.ceil(total / pageSize)));
  } else {
    const q: repo.ActivityRowQuery = { kinds: filter.kinds, audience: filter.audience, endsAfter: filter.from.toISOString(), startsBefore: filter.to.toISOString() };
    const [singles, seriesRows] = await Promise.all([repo.countActivityRows(db, { ...q, single: true }), repo.listActivityRows(db, { ...q, single: false })]);
    const instances = (await toActivities(db, seriesRows)).flatMap((a) => expandCached(a, window).map((i) => ({ a, i, ms: i.start.getTime() })));
    total = singles + instances.length;
    page = Math.min(Math.max(1, paging.page ?? 1), Math.max(1, Math.ceil(total / pageSize)));
    // Of each kind, the first page × pageSize by start are enough, with any that start at the same moment as the last of them.
    const wanted = page * pageSize;
    instances.sort((x, y) => x.ms - y.ms);
    const cut = instances[wanted - 1]?.ms ?? Infinity;
    const series = instances.filter((x) => x.ms <= cut).map((x) => toOccurrence(x.a, x.i));
    const last = await repo.nthActivityStart(db, { ...q, single: true }, wanted - 1);
    const singleRows = await repo.listActivityRows(db, { ...q, single: true, ...(last ? { startsAtOrBefore: last } : {}) });
    all = [...series, ...(await toActivities(db, singleRows)).flatMap((a) => occurrencesOf(a, window))].sort(byStart);
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total, page, pageCount };
}

/**
 * Upcoming activities near a municipality (for /gemeente/<slug>): the next occurrence of each
 * activity within `km` of the municipality's centre, nearest first, then earliest. The window ends a
 * year after today (not after now), so during a day the list changes only when a write is made or
 * one of its occurrences ends (see nearbyChangesAt).
 */
export async function listActivitiesNear(db: Q, municipality: { lat: number; lon: number }, options: { limit?: number; km?: number; now?: Date } = {}): Promise<Occurrence[]> {
  const now = options.now ?? new Date();
  const filter = { near: { lat: municipality.lat, lon: municipality.lon, km: options.km ?? DEFAULT_DISTANCE_KM }, from: now, to: new Date(dayOf(now.getTime()).to + DEFAULT_HORIZON_DAYS * DAY_MS) };
  const { activities, distance } = await activitiesFor(db, filter);
  const next = activities.flatMap((a) => occurrencesOf(a, { from: filter.from, to: filter.to, limit: 1 }).map((o) => ({ ...o, distanceKm: distance.get(a.id) ?? 0 })));
  next.sort((a, b) => Math.round(a.distanceKm) - Math.round(b.distanceKm) || a.start.localeCompare(b.start));
  return next.slice(0, options.limit ?? 5);
}

/**
 * The moment (ms) a list of next occurrences (listActivitiesNear, nextOccurrences) changes without a
 * write: when the first of them ends (it gives way to its series' next date or drops out). An activity
 * not listed only moves down meanwhile (its next date comes later). Undefined for an empty list.
 */
export function nearbyChangesAt(occurrences: Pick<Occurrence, 'end'>[]): number | undefined {
  let first = Infinity;
  for (const o of occurrences) first = Math.min(first, Date.parse(o.end));
  return first === Infinity ? undefined : first;
}

/** Activities that have not ended, as plain documents for the search index. */
export async function listActivitySearchDocuments(db: Q, now = new Date()): Promise<ActivitySearchDocument[]> {
  const activities = await toActivities(db, await repo.listActivityRows(db, { endsAfter: now.toISOString() }));
  return activities.map(plainSearchDocument);
}

function plainSearchDocument(a: Activity): ActivitySearchDocument {
  return {
    kind: 'activity' as const,
    id: `activity:${a.id}`,
    url: `/activiteiten/${a.slug}`,
    title: a.title,
    summary: a.summary,
    body: [KIND_INFO[a.kind].label, a.description, `Organisator: ${a.organiser}`, a.place ? [a.place.venue, a.place.address, a.place.postcode, a.place.municipality].filter(Boolean).join(', ') : 'Online', a.accessibility ?? '']
      .filter(Boolean)
      .join('\n\n'),
    audiences: a.audiences,
  };
}

/**
 * The site search's document for an activity that has not ended. Its last day (in Brussels) is
 * the document's end of validity: an activity that ends between two writes ranks last until the
 * nightly reindex or its next write takes it out.
 */
function toSearchDocument(a: Activity, row: ActivityRow): search.SearchDocument {
  const d = plainSearchDocument(a);
  return {
    kind: 'activity',
    refId: a.id,
    url: d.url,
    type: 'activity',
    title: d.title,
    summary: d.summary,
    body: d.body,
    audiences: d.audiences,
    themes: [],
    lastReviewedAt: null,
    validUntil: row.last_ends_at ? DateTime.fromISO(row.last_ends_at, { zone: 'utc' }).setZone(HOME_ZONE).toISODate() : null,
  };
}

function hasEnded(row: ActivityRow, now: Date): boolean {
  return row.last_ends_at !== null && row.last_ends_at <= now.toISOString();
}

/** Puts an activity in the search index while it is public and has not ended, and takes it out otherwise (a draft, ended, gone). Writes call this in their transaction. */
export async function syncActivitySearch(tx: Q, id: number, now = new Date()): Promise<void> {
  const row = await repo.findActivityById(tx, id);
  if (row && !hasEnded(row, now)) await search.indexDocument(tx, toSearchDocument((await toActivities(tx, [row]))[0]!, row));
  else await search.removeDocument(tx, 'activity', id);
}

/** Activities that have not ended, for a full rebuild of the search index (`expertisepunt search reindex`). */
export const activitySearchSource: search.SearchSource = {
  kind: 'activity',
  async count(db) {
    return (await repo.listActivityRows(db, { endsAfter: new Date().toISOString() })).length;
  },
  async *documents(db) {
    const rows = await repo.listActivityRows(db, { endsAfter: new Date().toISOString() });
    const activities = await toActivities(db, rows);
    yield activities.map((a, i) => toSearchDocument(a, rows[i]!));
  },
};

/** Takes activities that ended in the last `lookbackDays` out of the search index (an hourly job); returns how many were checked. */
export async function removeEndedActivitiesFromSearch(db: Db, now = new Date(), lookbackDays = 7): Promise<number> {
  const since = new Date(now.getTime() - lookbackDays * 86400000).toISOString();
  const ended = (await repo.listActivityRows(db, { endsAfter: since })).filter((r) => hasEnded(r, now));
  await inTransaction(db, async (tx) => {
    for (const row of ended) await search.removeDocument(tx, 'activity', row.id);
  });
  return ended.length;
}

/** Makes a draft activity public (or public again a draft) and puts it in (or takes it out of) the search index, in one transaction. */
export async function setActivityDraft(db: Q, id: number, draft: boolean, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    await repo.setActivityDraft(tx, id, draft, now.toISOString());
    await syncActivitySearch(tx, id, now);
  });
  eventChanges.emit('changed');
}

/** Deletes an activity (by slug) and takes it out of the search index, in one transaction. */
export async function deleteActivity(db: Q, slug: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await repo.findActivityBySlug(tx, slug, { drafts: true });
    if (!row) throw new NotFoundError('activity_not_found', 'Deze activiteit bestaat niet (meer).');
    await repo.deleteActivity(tx, row.id);
    await search.removeDocument(tx, 'activity', row.id);
  });
  eventChanges.emit('changed');
}

/** The calendar's public pages, for the sitemap: the list and every activity that has not ended. */
export async function listSitemapPaths(db: Q, now = new Date()): Promise<{ path: string; lastmod?: string }[]> {
  const rows = await repo.listActivityRows(db, { endsAfter: now.toISOString() });
  return [{ path: '/activiteiten' }, ...rows.map((r) => ({ path: `/activiteiten/${r.slug}`, lastmod: r.updated_at.slice(0, 10) }))];
}

// ---------------------------------------------------------------------------------------------
// Visitors' filters (/activiteiten and /activiteiten.ics)

export interface ActivityQuery {
  soort?: string;
  postcode?: string;
  afstand?: number;
  doelgroep?: string;
  van?: string;
  tot?: string;
}

export interface ResolvedQuery {
  filter: OccurrenceFilter;
  /** the place that was searched, when one was */
  place?: { label: string; municipality: places.Municipality; km: number };
}

function brusselsDay(value: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = DateTime.fromISO(value, { zone: HOME_ZONE });
  return d.isValid ? d.startOf('day') : null;
}

/** Turns the query string into a filter, or a ValidationError naming each wrong field (a 400). */
export async function resolveActivityQuery(db: Q, q: ActivityQuery, now = new Date()): Promise<ResolvedQuery> {
  const fields: Record<string, string> = {};
  let kinds: ActivityKind[] | undefined;
  if (q.soort) {
    const kind = kindFromSlug(q.soort);
    if (kind) kinds = [kind];
    else fields.soort = 'Kies een soort uit de lijst.';
  }
  if (q.doelgroep && !(await content.listAudiences(db)).some((a) => a.slug === q.doelgroep)) fields.doelgroep = 'Kies een doelgroep uit de lijst.';
  let place: ResolvedQuery['place'];
  const km = q.afstand ?? DEFAULT_DISTANCE_KM;
  if (q.postcode?.trim()) {
    const match = await places.resolvePlace(db, q.postcode);
    if (match.kind === 'postcode' || match.kind === 'name') {
      const municipality = match.municipalities[0]!;
      place = { label: match.kind === 'postcode' ? `${match.postcode} ${municipality.name}` : municipality.name, municipality, km };
    } else if (match.kind === 'outside') {
      fields.postcode = `Postcode ${match.postcode} ligt in Wallonië. We tonen activiteiten in Vlaanderen en Brussel.`;
    } else {
      fields.postcode = 'We kennen deze postcode of gemeente niet. Typ een postcode (bv. 2440) of de naam van een gemeente.';
    }
  }
  const today = DateTime.fromJSDate(now, { zone: HOME_ZONE }).startOf('day');
  const van = q.van ? brusselsDay(q.van) : today;
  const tot = q.tot ? brusselsDay(q.tot) : null;
  if (!van) fields.van = 'Geef een datum als jjjj-mm-dd.';
  if (q.tot && !tot) fields.tot = 'Geef een datum als jjjj-mm-dd.';
  if (van && tot && tot < van) fields.tot = 'De einddatum ligt voor de begindatum.';
  if (van && van.diff(today, 'days').days > MAX_RANGE_DAYS) fields.van = 'Kies een datum binnen de komende twee jaar.';
  if (van && tot && tot.diff(van, 'days').days > MAX_RANGE_DAYS) fields.tot = 'Kies een periode van hoogstens twee jaar.';
  if (Object.keys(fields).length) throw new ValidationError('Een filter klopt niet.', fields);
  // Past occurrences drop out: never earlier than now.
  const from = new Date(Math.max(now.getTime(), van!.toMillis()));
  const to = tot ? tot.plus({ days: 1 }).toJSDate() : van!.plus({ days: DEFAULT_HORIZON_DAYS }).toJSDate();
  return {
    filter: { kinds, audience: q.doelgroep || undefined, near: place ? { lat: place.municipality.lat, lon: place.municipality.lon, km } : undefined, from, to, now },
    place,
  };
}

// ---------------------------------------------------------------------------------------------
// iCalendar

/**
 * The feed of every activity with an occurrence matching the filter (whole series, with their rules),
 * and the moment (ms) it changes without a write: an activity drops out when its last occurrence in the
 * window ends (the window's end is fixed for the day, so none comes in meanwhile).
 */
export async function calendarFor(db: Q, filter: OccurrenceFilter, baseUrl: string): Promise<{ text: string; changesAt?: number }> {
  const occurrences = await listAllOccurrences(db, filter);
  const seen = new Map<number, Activity>();
  const lastEnds = new Map<number, number>();
  for (const o of occurrences) {
    seen.set(o.activity.id, o.activity);
    lastEnds.set(o.activity.id, Math.max(lastEnds.get(o.activity.id) ?? 0, Date.parse(o.end)));
  }
  let changesAt = Infinity;
  for (const end of lastEnds.values()) changesAt = Math.min(changesAt, end);
  return { text: buildCalendar([...seen.values()], { name: 'Activiteiten voor mantelzorgers', baseUrl }), ...(changesAt !== Infinity ? { changesAt } : {}) };
}

/** One activity's calendar (its whole series): depends on its record only, not on the clock. */
export async function activityCalendar(db: Q, slug: string, baseUrl: string): Promise<string> {
  const activity = await getActivity(db, slug);
  return buildCalendar([activity], { name: activity.title, baseUrl });
}

export interface ImportOptions {
  organiser: string;
  /** the directory organisation the activities belong to; an event whose UID is another organisation's is skipped */
  organisationId?: string | null;
  /** kind when the event's CATEGORIES name none of ours */
  kind?: ActivityKind;
  audiences?: string[];
  now?: Date;
}

export interface ImportReport {
  created: number;
  updated: number;
  uids: string[];
  problems: string[];
}

function slugify(text: string): string {
  return places.foldPlaceName(text).slice(0, 60).replace(/-+$/, '') || 'activiteit';
}

function kindFromCategories(categories: string[]): ActivityKind | undefined {
  for (const c of categories) {
    const folded = places.foldPlaceName(c);
    const kind = ACTIVITY_KINDS.find((k) => KIND_INFO[k].slug === folded || places.foldPlaceName(KIND_INFO[k].label) === folded || k === folded.replace(/-/g, '_'));
    if (kind) return kind;
  }
  return undefined;
}

/**
 * Imports a partner's iCalendar text: each series (with its RRULE, RDATE, EXDATE and RECURRENCE-ID
 * overrides) becomes one activity. A UID seen before updates that activity instead of adding one.
 */
export async function importCalendar(db: Q, text: string, options: ImportOptions): Promise<ImportReport> {
  if (!options.organiser.trim()) throw new ValidationError('Geef de organisator.', { organiser: 'Geef de organisator.' });
  let parsed: ReturnType<typeof parseCalendar>;
  try {
    parsed = parseCalendar(text);
  } catch (err) {
    throw new AppError('invalid_icalendar', 400, (err as Error).message);
  }
  const report: ImportReport = { created: 0, updated: 0, uids: [], problems: [...parsed.problems] };
  await inTransaction(db, async (tx) => {
    for (const e of parsed.events) {
      const existing = await repo.findActivityByUid(tx, e.uid, { drafts: true });
      if (existing && options.organisationId && existing.organisation_id !== options.organisationId) {
        report.problems.push(`${e.uid}: deze activiteit hoort bij een andere organisatie en is niet gewijzigd.`);
        continue;
      }
      const hash = createHash('sha1').update(e.uid).digest('hex').slice(0, 8);
      const isOnline = e.location !== null && URL_RE.test(e.location);
      let place: ActivityInput['place'] = null;
      if (e.location && !isOnline) {
        const postcode = /\b([1-9]\d{3})\b/.exec(e.location)?.[1];
        const match = postcode ? await places.resolvePlace(tx, postcode) : undefined;
        place = { venue: e.location.slice(0, 300), postcode: match?.kind === 'postcode' ? postcode : null, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null };
      }
      const summary = (e.description.split(/\n\s*\n/)[0] ?? '').slice(0, 300) || e.title;
      try {
        const { created } = await saveActivity(
          tx,
          {
            uid: e.uid,
            slug: existing?.slug ?? `${slugify(e.title)}-${hash}`,
            kind: kindFromCategories(e.categories) ?? options.kind ?? 'info_session',
            title: e.title.slice(0, 300),
            summary,
            description: e.description,
            organiser: options.organiser,
            organisationId: options.organisationId ?? existing?.organisation_id ?? null,
            place,
            onlineUrl: isOnline ? e.location : null,
            timeZone: e.zone,
            timeZoneDefinition: e.zoneDefinition,
            allDay: e.allDay,
            startLocal: e.startLocal,
            endLocal: e.endLocal,
            rrule: e.rrule,
            rdates: e.rdates,
            exdates: e.exdates,
            overrides: e.overrides,
            infoUrl: e.url && URL_RE.test(e.url) ? e.url : null,
            audiences: options.audiences ?? ['mantelzorgers'],
            source: 'import',
          },
          options.now,
        );
        if (created) report.created++;
        else report.updated++;
        report.uids.push(e.uid);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        report.problems.push(`${e.uid}: ${Object.values(err.fields ?? {}).join(' ') || err.message}`);
      }
    }
  });
  // Once more after the commit: the saves inside the transaction announced changes before it.
  eventChanges.emit('changed');
  return report;
}

/** Reads a partner's calendar from a URL: http(s) only, with a time limit and a size limit. */
export async function fetchCalendar(url: string, options: { timeoutMs?: number; maxBytes?: number; blockPrivateHosts?: boolean } = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  if (!URL_RE.test(url)) throw new AppError('invalid_url', 400, 'Geef een adres dat met http:// of https:// begint.');
  let response: Response;
  try {
    // For a URL a user typed in: every hop (redirects followed by hand, at most 5) must be a public host.
    let current = url;
    for (let hop = 0; ; hop++) {
      if (options.blockPrivateHosts && (await isPrivateHost(new URL(current).hostname))) {
        throw new AppError('ical_private_address', 400, 'Dit adres ligt op een intern netwerk. Geef het openbare adres van de agenda.');
      }
      response = await fetch(current, { signal: AbortSignal.timeout(timeoutMs), redirect: options.blockPrivateHosts ? 'manual' : 'follow', headers: { accept: 'text/calendar' } });
      const location = response.headers.get('location');
      if (!options.blockPrivateHosts || response.status < 300 || response.status > 399 || !location || hop >= 5) break;
      current = new URL(location, current).toString();
      if (!URL_RE.test(current)) throw new AppError('invalid_url', 400, 'Geef een adres dat met http:// of https:// begint.');
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new AppError(timedOut ? 'ical_fetch_timeout' : 'ical_fetch_failed', 502, timedOut ? `Geen antwoord binnen ${timeoutMs / 1000} seconden.` : `Ophalen mislukt: ${(err as Error).message}`);
  }
  if (!response.ok) throw new AppError('ical_fetch_failed', 502, `Ophalen mislukt: de server antwoordde ${response.status}.`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('ical_too_large', 413, `Het bestand is groter dan ${maxBytes} bytes.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new AppError('ical_too_large', 413, `Het bestand is groter dan ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('ical_fetch_timeout', 502, `Geen volledig antwoord binnen ${timeoutMs / 1000} seconden.`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
