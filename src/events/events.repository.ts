/**
 * All SQL of the activities calendar. Every function takes the db or a transaction first and returns rows.
 * Drafts (accepted suggestions an editor still finishes) are left out of every read unless `drafts: true`
 * is asked for, which only the back office and the writes do: the public channels cannot forget it.
 */
import type { Db, Tx } from '../db/database.js';
import type { ActivityOverrideRow, ActivityRow, NewActivityOverrideRow, NewActivityRow } from './events.table.js';

type Q = Db | Tx;

export interface ActivityRowQuery {
  kinds?: string[];
  audience?: string;
  /** only activities with a place in these municipalities */
  nisCodes?: string[];
  /** UTC: skip series that ended before this */
  endsAfter?: string;
  /** UTC: skip series that start after this */
  startsBefore?: string;
  /** UTC: only series that ended before this */
  endedBefore?: string;
  /** only this directory organisation's activities */
  organisationId?: string;
  /** UTC: only those whose (first) start is at or before this */
  startsAtOrBefore?: string;
  /** true: only single events (no rule, no extra dates, no changed occurrences: one occurrence each); false: only the others */
  single?: boolean;
  /** include drafts (back office and writes only) */
  drafts?: boolean;
}

/** Reads of one activity: public ones only, unless drafts are asked for. */
export interface FindOptions {
  drafts?: boolean;
}

function filteredRows(db: Q, q: ActivityRowQuery) {
  let query = db.selectFrom('activities');
  if (!q.drafts) query = query.where('draft', '=', 0);
  if (q.kinds) query = query.where('kind', 'in', q.kinds.length ? q.kinds : ['-']);
  if (q.nisCodes) query = query.where('nis_code', 'in', q.nisCodes.length ? q.nisCodes : ['-']);
  if (q.endsAfter) {
    const endsAfter = q.endsAfter;
    query = query.where((eb) => eb.or([eb('last_ends_at', 'is', null), eb('last_ends_at', '>', endsAfter)]));
  }
  if (q.startsBefore) query = query.where('starts_at', '<', q.startsBefore);
  if (q.endedBefore) query = query.where('last_ends_at', 'is not', null).where('last_ends_at', '<=', q.endedBefore);
  if (q.organisationId) query = query.where('organisation_id', '=', q.organisationId);
  if (q.startsAtOrBefore) query = query.where('starts_at', '<=', q.startsAtOrBefore);
  if (q.audience) {
    const audience = q.audience;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('activity_audiences').select('activity_audiences.activity_id').whereRef('activity_audiences.activity_id', '=', 'activities.id').where('activity_audiences.audience_slug', '=', audience)),
    );
  }
  if (q.single !== undefined) {
    const single = q.single;
    query = query.where((eb) => {
      const one = eb.and([
        eb('rrule', 'is', null),
        eb('rdates', '=', '[]'),
        eb.not(eb.exists(eb.selectFrom('activity_overrides').select('activity_overrides.id').whereRef('activity_overrides.activity_id', '=', 'activities.id'))),
      ]);
      return single ? one : eb.not(one);
    });
  }
  return query;
}

export function listActivityRows(db: Q, q: ActivityRowQuery = {}): Promise<ActivityRow[]> {
  return filteredRows(db, q).selectAll().orderBy('starts_at').orderBy('id').execute();
}

/** A batch of the activities matching `q` with an id above `afterId`, by id (to read a large calendar a batch at a time). */
export function listActivityRowsAfter(db: Q, q: ActivityRowQuery, afterId: number, limit: number): Promise<ActivityRow[]> {
  return filteredRows(db, q).where('id', '>', afterId).selectAll().orderBy('id').limit(limit).execute();
}

export async function countActivityRows(db: Q, q: ActivityRowQuery): Promise<number> {
  const row = await filteredRows(db, q)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The start (UTC) of the nth matching activity in start order, counting from 0; undefined when there are fewer. */
export async function nthActivityStart(db: Q, q: ActivityRowQuery, n: number): Promise<string | undefined> {
  const row = await filteredRows(db, q).select('starts_at').orderBy('starts_at').limit(1).offset(n).executeTakeFirst();
  return row?.starts_at;
}

export function findActivityBySlug(db: Q, slug: string, options: FindOptions = {}): Promise<ActivityRow | undefined> {
  let query = db.selectFrom('activities').selectAll().where('slug', '=', slug);
  if (!options.drafts) query = query.where('draft', '=', 0);
  return query.executeTakeFirst();
}

export function findActivityByUid(db: Q, uid: string, options: FindOptions = {}): Promise<ActivityRow | undefined> {
  let query = db.selectFrom('activities').selectAll().where('uid', '=', uid);
  if (!options.drafts) query = query.where('draft', '=', 0);
  return query.executeTakeFirst();
}

/** SQLite takes at most 32,766 parameters in a statement: long id lists go in parts. */
const ID_CHUNK = 5000;

async function inChunks<T>(ids: number[], fn: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) out.push(...(await fn(ids.slice(i, i + ID_CHUNK))));
  return out;
}

export async function listAudienceSlugs(db: Q, activityIds: number[]): Promise<{ activity_id: number; audience_slug: string }[]> {
  return inChunks(activityIds, (chunk) => db.selectFrom('activity_audiences').select(['activity_id', 'audience_slug']).where('activity_id', 'in', chunk).orderBy('audience_slug').execute());
}

export async function listOverrides(db: Q, activityIds: number[]): Promise<ActivityOverrideRow[]> {
  return inChunks(activityIds, (chunk) => db.selectFrom('activity_overrides').selectAll().where('activity_id', 'in', chunk).orderBy('recurrence_local').execute());
}

export async function insertActivity(db: Q, row: NewActivityRow): Promise<number> {
  const { id } = await db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateActivity(db: Q, id: number, row: Omit<NewActivityRow, 'created_at'>): Promise<void> {
  await db.updateTable('activities').set(row).where('id', '=', id).execute();
}

export async function replaceActivityLinks(db: Q, activityId: number, audiences: string[], overrides: Omit<NewActivityOverrideRow, 'activity_id'>[]): Promise<void> {
  await db.deleteFrom('activity_audiences').where('activity_id', '=', activityId).execute();
  await db.deleteFrom('activity_overrides').where('activity_id', '=', activityId).execute();
  if (audiences.length) await db.insertInto('activity_audiences').values(audiences.map((audience_slug) => ({ activity_id: activityId, audience_slug }))).execute();
  if (overrides.length) await db.insertInto('activity_overrides').values(overrides.map((o) => ({ ...o, activity_id: activityId }))).execute();
}

export async function countActivities(db: Q): Promise<number> {
  const r = await db.selectFrom('activities').where('draft', '=', 0).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function findActivityById(db: Q, id: number, options: FindOptions = {}): Promise<ActivityRow | undefined> {
  let query = db.selectFrom('activities').selectAll().where('id', '=', id);
  if (!options.drafts) query = query.where('draft', '=', 0);
  return query.executeTakeFirst();
}

export async function setActivityDraft(db: Q, id: number, draft: boolean, nowIso: string): Promise<void> {
  await db.updateTable('activities').set({ draft: draft ? 1 : 0, updated_at: nowIso }).where('id', '=', id).execute();
}

/** Deletes an activity; its audiences and changed occurrences go with it (on delete cascade). */
export async function deleteActivity(db: Q, id: number): Promise<void> {
  await db.deleteFrom('activity_audiences').where('activity_id', '=', id).execute();
  await db.deleteFrom('activity_overrides').where('activity_id', '=', id).execute();
  await db.deleteFrom('activities').where('id', '=', id).execute();
}

/** The calendar's version: the database raises it on every write to activities, their audiences or overrides. */
export async function calendarVersion(db: Q): Promise<string> {
  const row = await db.selectFrom('calendar_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}

export async function listActivityRowsByIds(db: Q, ids: number[]): Promise<ActivityRow[]> {
  return inChunks(ids, (chunk) => db.selectFrom('activities').selectAll().where('id', 'in', chunk).execute());
}
