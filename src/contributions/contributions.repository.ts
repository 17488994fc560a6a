/** All SQL of "Doe je mee?". Every function takes the database or a transaction first. */
import type { Db, Tx } from '../db/database.js';
import type { ContributionUpdate, NewContributionRow } from './contributions.table.js';

type Q = Db | Tx;

export async function insertContribution(db: Q, row: NewContributionRow): Promise<number> {
  const r = await db.insertInto('contributions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function findContribution(db: Q, id: number) {
  return db.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findContributionByTokenHash(db: Q, tokenHash: string) {
  return db.selectFrom('contributions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function updateContribution(db: Q, id: number, set: ContributionUpdate): Promise<void> {
  await db.updateTable('contributions').set(set).where('id', '=', id).execute();
}

export function listContributions(db: Q, filter: { status: string; limit: number; offset: number }) {
  return db
    .selectFrom('contributions')
    .select(['id', 'kind', 'status', 'title', 'created_at', 'handled_at', 'email', 'name'])
    .where('status', '=', filter.status)
    .orderBy('created_at', filter.status === 'new' || filter.status === 'question' ? 'asc' : 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countByStatus(db: Q): Promise<Map<string, number>> {
  const rows = await db.selectFrom('contributions').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export async function insertMessage(db: Q, row: { contribution_id: number; kind: string; body: string; author_label: string; mailed: number; created_at: string }): Promise<number> {
  const r = await db.insertInto('contribution_messages').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function markMessageMailed(db: Q, id: number): Promise<void> {
  await db.updateTable('contribution_messages').set({ mailed: 1 }).where('id', '=', id).execute();
}

export function listMessages(db: Q, contributionId: number) {
  return db.selectFrom('contribution_messages').selectAll().where('contribution_id', '=', contributionId).orderBy('id').execute();
}

/** Addresses are kept as typed but compared trimmed and lower-cased. */
export function listByEmail(db: Q, email: string) {
  return db.selectFrom('contributions').selectAll().where((eb) => eb(eb.fn('lower', [eb.fn('trim', ['email'])]), '=', email)).orderBy('id').execute();
}

export async function eraseContactByEmail(db: Q, email: string, nowIso: string): Promise<number> {
  const r = await db
    .updateTable('contributions')
    .set({ name: null, email: null, ip: null, contact_erased_at: nowIso })
    .where((eb) => eb(eb.fn('lower', [eb.fn('trim', ['email'])]), '=', email))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Handled before the cut-off and still holding a name, email or address. */
export async function eraseContactHandledBefore(db: Q, cutoffIso: string, nowIso: string): Promise<number> {
  const r = await db
    .updateTable('contributions')
    .set({ name: null, email: null, ip: null, contact_erased_at: nowIso })
    .where('handled_at', 'is not', null)
    .where('handled_at', '<=', cutoffIso)
    .where((eb) => eb.or([eb('name', 'is not', null), eb('email', 'is not', null), eb('ip', 'is not', null)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
