/** All SQL of the in-process job queue. Times are ISO UTC text, so they compare as text. */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { JobRow, NewJobRow } from './jobs.table.js';

/** Inserts a job; null when a waiting job with the same name and singleton key exists. */
export async function insertJob(db: Db, row: NewJobRow): Promise<number | null> {
  const inserted = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/**
 * Takes the next due job of the given names: waiting or retrying ones whose time has come, or
 * active ones whose lock ran out (their process died). Marks it active in the same statement.
 */
export async function claimNextJob(db: Db, names: string[], nowIso: string, lockedUntil: string): Promise<JobRow | undefined> {
  if (names.length === 0) return undefined;
  return db
    .updateTable('jobs')
    .set({
      status: 'active',
      attempts: sql`attempts + 1`,
      locked_until: lockedUntil,
      updated_at: nowIso,
    })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where('name', 'in', names)
        .where((w) =>
          w.or([
            w.and([w('status', 'in', ['queued', 'retry']), w('run_at', '<=', nowIso)]),
            w.and([w('status', '=', 'active'), w('locked_until', '<', nowIso)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(1),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function setLockedUntil(db: Db, id: number, lockedUntil: string): Promise<void> {
  await db.updateTable('jobs').set({ locked_until: lockedUntil }).where('id', '=', id).execute();
}

export async function completeJob(db: Db, id: number, nowIso: string): Promise<void> {
  await db.updateTable('jobs').set({ status: 'completed', locked_until: null, last_error: null, updated_at: nowIso }).where('id', '=', id).execute();
}

export async function failJob(db: Db, id: number, error: string, retryAt: string | null, nowIso: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: retryAt ? 'retry' : 'failed', run_at: retryAt ?? sql`run_at`, locked_until: null, last_error: error.slice(0, 2000), updated_at: nowIso })
    .where('id', '=', id)
    .execute();
}

export async function deleteFinishedJobs(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('jobs').where('status', 'in', ['completed', 'failed']).where('updated_at', '<', beforeIso).execute();
}

export async function upsertSchedule(db: Db, name: string, cron: string): Promise<void> {
  await db
    .insertInto('job_schedules')
    .values({ name, cron, last_slot_at: null })
    .onConflict((oc) => oc.column('name').doUpdateSet({ cron }))
    .execute();
}

/** Claims a cron slot: true for exactly one caller per slot. */
export async function claimScheduleSlot(db: Db, name: string, slotIso: string): Promise<boolean> {
  const result = await db
    .updateTable('job_schedules')
    .set({ last_slot_at: slotIso })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('last_slot_at', 'is', null), eb('last_slot_at', '<', slotIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
