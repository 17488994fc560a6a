/** All SQL of the newsletter. Every function takes the db or a transaction first and returns rows. */
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../db/database.js';
import type { NewsletterEditionTable, NewsletterEntryTable, NewsletterSubscriberTable } from './newsletter.table.js';

type Q = Db | Tx;

export function findSubscriberByEmail(db: Q, email: string) {
  return db.selectFrom('newsletter_subscribers').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findSubscriberByToken(db: Q, token: string) {
  return db.selectFrom('newsletter_subscribers').selectAll().where('token', '=', token).executeTakeFirst();
}

export function findSubscriberById(db: Q, id: number) {
  return db.selectFrom('newsletter_subscribers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSubscriber(db: Q, row: Insertable<NewsletterSubscriberTable>): Promise<number> {
  const r = await db.insertInto('newsletter_subscribers').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSubscriber(db: Q, id: number, values: Partial<Insertable<NewsletterSubscriberTable>>): Promise<void> {
  await db.updateTable('newsletter_subscribers').set(values).where('id', '=', id).execute();
}

export async function deleteSubscriber(db: Q, id: number): Promise<number> {
  await db.updateTable('newsletter_sends').set({ subscriber_id: null }).where('subscriber_id', '=', id).execute();
  const r = await db.deleteFrom('newsletter_subscribers').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteUnconfirmedBefore(db: Q, iso: string): Promise<number> {
  const r = await db.deleteFrom('newsletter_subscribers').where('status', '=', 'pending').where('created_at', '<', iso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export function listConfirmedSubscribers(db: Q) {
  return db.selectFrom('newsletter_subscribers').selectAll().where('status', '=', 'confirmed').orderBy('id').execute();
}

export async function countSubscribers(db: Q): Promise<{ status: string; n: number }[]> {
  const rows = await db.selectFrom('newsletter_subscribers').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

export async function insertEdition(db: Q, row: Insertable<NewsletterEditionTable>): Promise<number> {
  const r = await db.insertInto('newsletter_editions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateEdition(db: Q, id: number, values: Partial<Insertable<NewsletterEditionTable>>): Promise<void> {
  await db.updateTable('newsletter_editions').set(values).where('id', '=', id).execute();
}

export function findEdition(db: Q, id: number) {
  return db.selectFrom('newsletter_editions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEditionBySlug(db: Q, slug: string) {
  return db.selectFrom('newsletter_editions').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugTaken(db: Q, slug: string): Promise<boolean> {
  return Boolean(await db.selectFrom('newsletter_editions').select('id').where('slug', '=', slug).executeTakeFirst());
}

export function listEditions(db: Q, filter: { kind?: string; status?: string } = {}) {
  let q = db.selectFrom('newsletter_editions').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.status) q = q.where('status', '=', filter.status);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

export function lastDigest(db: Q) {
  return db.selectFrom('newsletter_editions').selectAll().where('kind', '=', 'digest').orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

export function listEntries(db: Q, editionId: number) {
  return db.selectFrom('newsletter_entries').selectAll().where('edition_id', '=', editionId).orderBy('position').execute();
}

export async function replaceEntries(db: Q, editionId: number, rows: Omit<Insertable<NewsletterEntryTable>, 'edition_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('newsletter_entries').where('edition_id', '=', editionId).execute();
  if (rows.length) await db.insertInto('newsletter_entries').values(rows.map((r, i) => ({ ...r, edition_id: editionId, position: i }))).execute();
}

/** One pending send row per subscriber id (skips ones that exist: queueing twice adds nobody twice). */
export async function insertSends(db: Q, editionId: number, subscriberIds: number[], now: string): Promise<void> {
  const existing = new Set(
    (await db.selectFrom('newsletter_sends').select('subscriber_id').where('edition_id', '=', editionId).execute()).map((r) => r.subscriber_id),
  );
  const rows = subscriberIds
    .filter((id) => !existing.has(id))
    .map((id) => ({ edition_id: editionId, subscriber_id: id, status: 'pending', attempts: 0, created_at: now, updated_at: now }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('newsletter_sends').values(rows.slice(i, i + 500)).execute();
}

/**
 * Claims up to `limit` pending rows (status -> 'sending'). The status condition is checked again
 * on the row itself, so two workers never claim the same row: on PostgreSQL the second update waits
 * for the first one's lock and then finds the row no longer pending; SQLite runs one writer at a time.
 */
export async function claimSends(tx: Tx, editionId: number, limit: number, now: string, notBefore: string) {
  const ids = (
    await tx
      .selectFrom('newsletter_sends')
      .select('id')
      .where('edition_id', '=', editionId)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<=', notBefore)]))
      .orderBy('id')
      .limit(limit)
      .execute()
  ).map((r) => r.id);
  if (!ids.length) return [];
  return tx
    .updateTable('newsletter_sends')
    .set((eb) => ({ status: 'sending', claimed_at: now, updated_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .returning(['id', 'subscriber_id', 'attempts'])
    .execute();
}

export async function markSend(db: Q, id: number, values: { status: string; error?: string | null; sent_at?: string | null; claimed_at?: string | null }, now: string): Promise<void> {
  await db.updateTable('newsletter_sends').set({ ...values, updated_at: now }).where('id', '=', id).execute();
}

/** Rows claimed before `before` and never marked: the process died while sending them. */
export async function markStaleClaims(db: Q, editionId: number, before: string, now: string): Promise<number> {
  const r = await db
    .updateTable('newsletter_sends')
    .set({ status: 'unknown', error: 'het proces stopte tijdens het versturen: niet opnieuw verstuurd', updated_at: now })
    .where('edition_id', '=', editionId)
    .where('status', '=', 'sending')
    .where('claimed_at', '<', before)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function countSends(db: Q, editionId: number): Promise<{ status: string; n: number }[]> {
  const rows = await db
    .selectFrom('newsletter_sends')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('edition_id', '=', editionId)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

export function listSends(db: Q, editionId: number, limit = 200) {
  return db.selectFrom('newsletter_sends').selectAll().where('edition_id', '=', editionId).orderBy('id').limit(limit).execute();
}

/** Editions that still have work: their sending was started and rows wait. */
export async function editionsWithPendingSends(db: Q): Promise<number[]> {
  const rows = await db
    .selectFrom('newsletter_sends')
    .innerJoin('newsletter_editions', 'newsletter_editions.id', 'newsletter_sends.edition_id')
    .select('newsletter_sends.edition_id')
    .where('newsletter_sends.status', 'in', ['pending', 'sending'])
    .where('newsletter_editions.status', '=', 'sending')
    .groupBy('newsletter_sends.edition_id')
    .execute();
  return rows.map((r) => r.edition_id);
}

export function listSendsOfSubscriber(db: Q, subscriberId: number) {
  return db
    .selectFrom('newsletter_sends')
    .innerJoin('newsletter_editions', 'newsletter_editions.id', 'newsletter_sends.edition_id')
    .select(['newsletter_editions.title', 'newsletter_editions.slug', 'newsletter_sends.status', 'newsletter_sends.sent_at'])
    .where('newsletter_sends.subscriber_id', '=', subscriberId)
    .orderBy('newsletter_sends.id')
    .execute();
}
