/** All SQL of accounts: users, sessions, one-time tokens and generated secrets. */
import type { Db, Tx } from '../db/database.js';
import type { UserRow } from './accounts.table.js';

type Q = Db | Tx;

export function findUserByEmail(db: Q, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Q, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Q): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

export async function insertUser(db: Q, row: { email: string; name: string; role: string; organisation_id: string | null; created_at: string }): Promise<number> {
  const { id } = await db
    .insertInto('users')
    .values({ ...row, updated_at: row.created_at, disabled: 0, failed_logins: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Q,
  id: number,
  set: Partial<Pick<UserRow, 'name' | 'role' | 'organisation_id' | 'password_hash' | 'disabled' | 'failed_logins' | 'locked_until' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function insertSession(db: Q, row: { token_hash: string; user_id: number; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export function findSessionWithUser(db: Q, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as session_id', 'sessions.expires_at'])
    .selectAll('users')
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteSession(db: Q, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Q, userId: number): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteExpiredSessions(db: Q, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', nowIso).execute();
}

export async function insertAuthToken(db: Q, row: { token_hash: string; user_id: number; purpose: string; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto('auth_tokens').values({ ...row, used_at: null }).execute();
}

export function findAuthToken(db: Q, tokenHash: string) {
  return db.selectFrom('auth_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a token used only if it still was unused: true when this call used it. */
export async function useAuthToken(db: Q, id: number, nowIso: string): Promise<boolean> {
  const r = await db.updateTable('auth_tokens').set({ used_at: nowIso }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function expireAuthTokensOfUser(db: Q, userId: number, nowIso: string): Promise<void> {
  await db.updateTable('auth_tokens').set({ used_at: nowIso }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

export function findSecret(db: Q, name: string) {
  return db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirst();
}

export async function insertSecretIfMissing(db: Q, name: string, value: string): Promise<void> {
  await db.insertInto('app_secrets').values({ name, value }).onConflict((oc) => oc.column('name').doNothing()).execute();
}

/** Personal data: an account becomes anonymous (it stays for the history it is linked to); its sessions and links go. */
export async function anonymiseUser(db: Q, id: number, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  await db.deleteFrom('auth_tokens').where('user_id', '=', id).execute();
  await db
    .updateTable('users')
    .set({ email: `gewist-${id}@gewist.invalid`, name: 'Gewiste gebruiker', password_hash: null, disabled: 1, failed_logins: 0, locked_until: null, updated_at: nowIso })
    .where('id', '=', id)
    .execute();
}

export function listSessionsOfUser(db: Q, userId: number) {
  return db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', userId).execute();
}
