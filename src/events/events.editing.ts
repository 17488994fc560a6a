/**
 * Editing the activities calendar from /beheer and the partners' write API: who may touch which
 * activity (can() with the activity's organisation), the audit log in the same transaction as the
 * write, and the back-office form's simple recurrence (weekly, monthly on the nth weekday, until a
 * date, exception dates) turned into an RRULE with luxon. Saving itself is events.service's
 * saveActivity(), which keeps the site search in step.
 */
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { can, type User } from '../accounts/accounts.model.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as repo from './events.repository.js';
import * as events from './events.service.js';
import { ACTIVITY_KINDS, HOME_ZONE, type Activity, type ActivityKind } from './events.model.js';

type Q = Db | Tx;

/** Who writes: a signed-in user, or a partner token acting as a partner of its organisation. */
export interface Writer {
  user: Pick<User, 'role' | 'organisationId' | 'disabled'>;
  actor: Actor;
}

export class ActivityForbiddenError extends AppError {
  constructor() {
    super('forbidden', 403, 'Je mag alleen activiteiten van je eigen organisatie beheren.');
  }
}

function assertMay(who: Writer, organisationId: string | null): void {
  if (!can(who.user, 'activity.edit', { organisationId })) throw new ActivityForbiddenError();
}

/** A partner writes for its own organisation, whatever the input says; staff choose (or none). */
function ownerOf(who: Writer, requested: string | null | undefined): string | null {
  return who.user.role === 'partner' ? who.user.organisationId : (requested ?? null);
}

export function newActivitySlug(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'activiteit'}-${randomBytes(3).toString('hex')}`;
}

/** The activity with this id, UID or slug (the API's {ref}). */
export async function findActivityByRef(db: Q, ref: string): Promise<Activity> {
  const drafts = { drafts: true };
  const row = /^\d{1,12}$/.test(ref) ? await repo.findActivityById(db, Number(ref), drafts) : ((await repo.findActivityByUid(db, ref, drafts)) ?? (await repo.findActivityBySlug(db, ref, drafts)));
  if (!row) throw new NotFoundError('activity_not_found', 'Deze activiteit bestaat niet (meer).');
  return events.getActivity(db, row.slug, drafts);
}

export async function getActivityById(db: Q, id: number): Promise<Activity> {
  return findActivityByRef(db, String(id));
}

function snapshot(a: Activity) {
  const { overrides: _o, place, ...rest } = a;
  return { ...rest, place: place ? { venue: place.venue, address: place.address, postcode: place.postcode } : null };
}

/** Creates an activity (a new UID) for the writer's organisation; audited. A UID that exists already is refused. */
export async function createActivity(db: Q, who: Writer, input: events.ActivityInput, now = new Date()): Promise<Activity> {
  const organisationId = ownerOf(who, input.organisationId);
  assertMay(who, organisationId);
  const result = await inTransaction(db, async (tx) => {
    const existing = input.uid ? await repo.findActivityByUid(tx, input.uid, { drafts: true }) : undefined;
    if (existing) {
      if (!can(who.user, 'activity.edit', { organisationId: existing.organisation_id })) throw new ActivityForbiddenError();
      throw new AppError('activity_exists', 409, 'Er bestaat al een activiteit met deze UID. Wijzig ze met PUT.');
    }
    const { id } = await events.saveActivity(tx, { ...input, organisationId }, now);
    const saved = await getActivityById(tx, id);
    await recordChange(tx, who.actor, { action: 'activity.create', entityType: 'activity', entityId: id, after: snapshot(saved) }, now);
    return saved;
  });
  events.eventChanges.emit('changed');
  return result;
}

/** Replaces an activity's fields; its UID stays. The writer must be allowed both the old and the new organisation. */
export async function updateActivity(db: Q, who: Writer, ref: string, input: events.ActivityInput, now = new Date()): Promise<Activity> {
  const result = await inTransaction(db, async (tx) => {
    const before = await findActivityByRef(tx, ref);
    assertMay(who, before.organisationId);
    const organisationId = who.user.role === 'partner' ? before.organisationId : input.organisationId === undefined ? before.organisationId : input.organisationId;
    assertMay(who, organisationId);
    await events.saveActivity(tx, { ...input, uid: before.uid, organisationId }, now);
    const after = await getActivityById(tx, before.id);
    await recordChange(tx, who.actor, { action: 'activity.update', entityType: 'activity', entityId: before.id, before: snapshot(before), after: snapshot(after) }, now);
    return after;
  });
  events.eventChanges.emit('changed');
  return result;
}

/** Publishes a draft activity (an accepted suggestion an editor finished): on every public channel from now; audited. */
export async function publishActivity(db: Q, who: Writer, ref: string, now = new Date()): Promise<Activity> {
  const result = await inTransaction(db, async (tx) => {
    const before = await findActivityByRef(tx, ref);
    assertMay(who, before.organisationId);
    if (!before.draft) throw new AppError('activity_published', 409, 'Deze activiteit staat al op de site.');
    await events.setActivityDraft(tx, before.id, false, now);
    const after = await getActivityById(tx, before.id);
    await recordChange(tx, who.actor, { action: 'activity.publish', entityType: 'activity', entityId: before.id, before: { draft: true }, after: { draft: false } }, now);
    return after;
  });
  events.eventChanges.emit('changed');
  return result;
}

export async function deleteActivity(db: Q, who: Writer, ref: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await findActivityByRef(tx, ref);
    assertMay(who, before.organisationId);
    await events.deleteActivity(tx, before.slug);
    await recordChange(tx, who.actor, { action: 'activity.delete', entityType: 'activity', entityId: before.id, before: snapshot(before) }, now);
  });
  events.eventChanges.emit('changed');
}

/** Imports a partner's iCalendar text into the writer's organisation (a partner: always its own); audited as one change. */
export async function importCalendar(db: Q, who: Writer, text: string, options: events.ImportOptions & { source?: string }): Promise<events.ImportReport> {
  const organisationId = ownerOf(who, options.organisationId);
  assertMay(who, organisationId);
  return inTransaction(db, async (tx) => {
    const report = await events.importCalendar(tx, text, { ...options, organisationId });
    await recordChange(tx, who.actor, {
      action: 'activity.import',
      entityType: 'activity',
      entityId: null,
      after: { source: options.source ?? 'bestand', organisationId, created: report.created, updated: report.updated, uids: report.uids, problems: report.problems },
    });
    return report;
  });
}

export interface EditingListQuery {
  /** only this organisation's activities */
  organisationId?: string;
  when: 'upcoming' | 'past';
  now?: Date;
}

/** Activities for the back-office list: upcoming (not ended) earliest first, or past ones latest first. */
export async function listActivitiesForEditing(db: Q, q: EditingListQuery): Promise<Activity[]> {
  const now = (q.now ?? new Date()).toISOString();
  const rows = await repo.listActivityRows(db, q.when === 'upcoming' ? { endsAfter: now, organisationId: q.organisationId, drafts: true } : { endedBefore: now, organisationId: q.organisationId, drafts: true });
  if (q.when === 'past') rows.reverse();
  const out: Activity[] = [];
  for (const r of rows) out.push(await events.getActivity(db, r.slug, { drafts: true }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The back-office form: wall-clock dates and times in Brussels, simple recurrence, euros.

export type Repeat = 'none' | 'weekly' | 'monthly' | 'custom';

export interface ActivityForm {
  kind: string;
  title: string;
  slug: string;
  summary: string;
  description: string;
  organiser: string;
  organisationId: string;
  venue: string;
  address: string;
  postcode: string;
  onlineUrl: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  allDay: boolean;
  repeat: Repeat;
  interval: string;
  until: string;
  rrule: string;
  exdates: string;
  price: string;
  priceNote: string;
  registrationUrl: string;
  placesLeft: string;
  accessibility: string;
  infoUrl: string;
  audiences: string[];
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^\d{2}:\d{2}$/;

export function emptyActivityForm(): ActivityForm {
  return {
    kind: 'info_session',
    title: '',
    slug: '',
    summary: '',
    description: '',
    organiser: '',
    organisationId: '',
    venue: '',
    address: '',
    postcode: '',
    onlineUrl: '',
    startDate: '',
    startTime: '19:00',
    endDate: '',
    endTime: '21:00',
    allDay: false,
    repeat: 'none',
    interval: '1',
    until: '',
    rrule: '',
    exdates: '',
    price: '',
    priceNote: '',
    registrationUrl: '',
    placesLeft: '',
    accessibility: '',
    infoUrl: '',
    audiences: ['mantelzorgers'],
  };
}

/** "Elke eerste dinsdag": the nth weekday of the month of this date (5 becomes "the last"). */
export function nthWeekdayOf(date: string): { nth: number; day: (typeof WEEKDAYS)[number] } {
  const d = DateTime.fromISO(date, { zone: HOME_ZONE });
  const nth = Math.ceil(d.day / 7);
  return { nth: nth === 5 ? -1 : nth, day: WEEKDAYS[d.weekday - 1]! };
}

const NTH_NAMES: Record<number, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' };
const DAY_NAMES: Record<string, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' };

/** "elke eerste dinsdag van de maand", for the form's hint. */
export function describeMonthly(date: string): string {
  const { nth, day } = nthWeekdayOf(date);
  return `elke ${NTH_NAMES[nth]} ${DAY_NAMES[day]} van de maand`;
}

/** The form's values -> the service's input, or a ValidationError naming each wrong field. */
export function activityInputFromForm(f: ActivityForm): events.ActivityInput {
  const fields: Record<string, string> = {};
  if (!(ACTIVITY_KINDS as readonly string[]).includes(f.kind)) fields.kind = 'Kies een soort activiteit.';
  if (!f.title.trim()) fields.title = 'Geef een titel.';
  if (!f.summary.trim()) fields.summary = 'Geef een korte samenvatting.';
  if (!DATE_RE.test(f.startDate) || !DateTime.fromISO(f.startDate, { zone: HOME_ZONE }).isValid) fields.startDate = 'Geef de datum als jjjj-mm-dd.';
  const endDate = f.endDate.trim() || f.startDate;
  if (f.endDate.trim() && (!DATE_RE.test(f.endDate) || !DateTime.fromISO(f.endDate, { zone: HOME_ZONE }).isValid)) fields.endDate = 'Geef de datum als jjjj-mm-dd.';
  if (!f.allDay) {
    if (!TIME_RE.test(f.startTime)) fields.startTime = 'Geef het beginuur als uu:mm, bv. 19:00.';
    if (!TIME_RE.test(f.endTime)) fields.endTime = 'Geef het einduur als uu:mm, bv. 21:00.';
  }
  if (!f.venue.trim() && !f.postcode.trim() && !f.onlineUrl.trim()) fields.postcode = 'Geef een plaats (postcode) of een link voor online.';
  if (f.postcode.trim() && !/^\d{4}$/.test(f.postcode.trim())) fields.postcode = 'Een postcode heeft 4 cijfers.';

  let priceCents: number | null = null;
  const price = f.price.trim().replace(/^€\s*/, '');
  if (/^gratis$/i.test(price)) priceCents = 0;
  else if (price) {
    if (/^\d{1,5}([.,]\d{1,2})?$/.test(price)) priceCents = Math.round(Number(price.replace(',', '.')) * 100);
    else fields.price = 'Geef een bedrag in euro, bv. 12,50, of "gratis".';
  }
  let placesLeft: number | null = null;
  if (f.placesLeft.trim()) {
    if (/^\d{1,6}$/.test(f.placesLeft.trim())) placesLeft = Number(f.placesLeft.trim());
    else fields.placesLeft = 'Geef een aantal van 0 of meer.';
  }

  // Recurrence on the wall clock of the first date.
  let rrule: string | null = null;
  let exdates: string[] = [];
  if (f.repeat !== 'none' && !fields.startDate) {
    let until = '';
    if (f.until.trim()) {
      const u = DateTime.fromISO(f.until.trim(), { zone: HOME_ZONE });
      if (!DATE_RE.test(f.until.trim()) || !u.isValid) fields.until = 'Geef de datum als jjjj-mm-dd.';
      else if (f.until.trim() < f.startDate) fields.until = 'De laatste datum ligt voor de eerste.';
      // RFC 5545: with a time of day, UNTIL is a UTC instant (the end of that day in Brussels).
      else until = f.allDay ? `;UNTIL=${u.toFormat('yyyyLLdd')}` : `;UNTIL=${u.endOf('day').toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`;
    }
    if (f.repeat === 'weekly') {
      const interval = f.interval.trim() || '1';
      if (!/^[1-9]\d?$/.test(interval)) fields.interval = 'Geef een aantal weken van 1 tot 99.';
      const { day } = nthWeekdayOf(f.startDate);
      rrule = `FREQ=WEEKLY${interval === '1' ? '' : `;INTERVAL=${interval}`};BYDAY=${day}${until}`;
    } else if (f.repeat === 'monthly') {
      const { nth, day } = nthWeekdayOf(f.startDate);
      rrule = `FREQ=MONTHLY;BYDAY=${nth}${day}${until}`;
    } else if (f.repeat === 'custom') {
      if (!f.rrule.trim()) fields.rrule = 'Geef een herhaalregel, bv. FREQ=WEEKLY;BYDAY=TU.';
      rrule = f.rrule.trim().replace(/^RRULE:/i, '') || null;
    }
    for (const line of f.exdates.split(/[\s,;]+/).filter(Boolean)) {
      if (!DATE_RE.test(line) || !DateTime.fromISO(line, { zone: HOME_ZONE }).isValid) {
        fields.exdates = `"${line}" is geen datum (jjjj-mm-dd).`;
        continue;
      }
      exdates.push(f.allDay ? line : `${line}T${f.startTime}:00`);
    }
  }
  if (Object.keys(fields).length) throw new ValidationError('De activiteit is niet volledig.', fields);
  exdates = [...new Set(exdates)];
  const place = f.venue.trim() || f.address.trim() || f.postcode.trim() ? { venue: f.venue.trim() || null, address: f.address.trim() || null, postcode: f.postcode.trim() || null } : null;
  return {
    slug: f.slug.trim() || newActivitySlug(f.title),
    kind: f.kind as ActivityKind,
    title: f.title,
    summary: f.summary,
    description: f.description.replace(/\r\n/g, '\n'),
    organiser: f.organiser,
    organisationId: f.organisationId || null,
    place,
    onlineUrl: f.onlineUrl.trim() || null,
    allDay: f.allDay,
    startLocal: f.allDay ? f.startDate : `${f.startDate}T${f.startTime}`,
    endLocal: f.allDay ? endDate : `${endDate}T${f.endTime}`,
    rrule,
    exdates,
    priceCents,
    priceNote: f.priceNote.trim() || null,
    registrationUrl: f.registrationUrl.trim() || null,
    placesLeft,
    accessibility: f.accessibility.trim() || null,
    infoUrl: f.infoUrl.trim() || null,
    audiences: f.audiences,
    source: 'editor',
  };
}

/** An activity as the form shows it; a rule the simple choices cannot say is kept as a custom rule. */
export function activityToForm(a: Activity): ActivityForm {
  const startDate = a.startLocal.slice(0, 10);
  let repeat: Repeat = 'none';
  let interval = '1';
  let until = '';
  if (a.rrule) {
    repeat = 'custom';
    const parts = Object.fromEntries(a.rrule.split(';').map((p) => p.split('=') as [string, string]));
    const keys = Object.keys(parts).filter((k) => !['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'WKST'].includes(k));
    const { nth, day } = nthWeekdayOf(startDate);
    const untilOk = !parts.UNTIL || /^\d{8}(T\d{6}Z?)?$/.test(parts.UNTIL);
    if (keys.length === 0 && untilOk) {
      if (parts.FREQ === 'WEEKLY' && (!parts.BYDAY || parts.BYDAY === day)) {
        repeat = 'weekly';
        interval = parts.INTERVAL ?? '1';
      } else if (parts.FREQ === 'MONTHLY' && parts.BYDAY === `${nth}${day}` && !parts.INTERVAL) repeat = 'monthly';
      if (repeat !== 'custom' && parts.UNTIL) {
        const u = parts.UNTIL;
        const dt = u.endsWith('Z') ? DateTime.fromFormat(u, "yyyyLLdd'T'HHmmss'Z'", { zone: 'utc' }).setZone(HOME_ZONE) : DateTime.fromFormat(u.slice(0, 8), 'yyyyLLdd', { zone: HOME_ZONE });
        until = dt.toISODate() ?? '';
      }
    }
  }
  return {
    kind: a.kind,
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    description: a.description,
    organiser: a.organiser,
    organisationId: a.organisationId ?? '',
    venue: a.place?.venue ?? '',
    address: a.place?.address ?? '',
    postcode: a.place?.postcode ?? '',
    onlineUrl: a.onlineUrl ?? '',
    startDate,
    startTime: a.allDay ? '' : a.startLocal.slice(11, 16),
    endDate: a.endLocal.slice(0, 10),
    endTime: a.allDay ? '' : a.endLocal.slice(11, 16),
    allDay: a.allDay,
    repeat,
    interval,
    until,
    rrule: repeat === 'custom' ? (a.rrule ?? '') : '',
    exdates: a.exdates.map((d) => d.slice(0, 10)).join('\n'),
    price: a.priceCents === null ? '' : a.priceCents === 0 ? 'gratis' : (a.priceCents / 100).toFixed(2).replace('.', ','),
    priceNote: a.priceNote ?? '',
    registrationUrl: a.registrationUrl ?? '',
    placesLeft: a.placesLeft === null ? '' : String(a.placesLeft),
    accessibility: a.accessibility ?? '',
    infoUrl: a.infoUrl ?? '',
    audiences: a.audiences,
  };
}
