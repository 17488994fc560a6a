/** All SQL of the partner API tokens. */
import type { Db, Tx } from '../db/database.js';
import type { ApiTokenRow } from './tokens.table.js';

type Q = Db | Tx;

export async function insertToken(db: Q, row: { organisation_id: string; name: string; token_hash: string; prefix: string; created_by: number | null; created_at: string }): Promise<number> {
  const { id } = await db.insertInto('api_tokens').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findTokenByHash(db: Q, hash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

export function findTokenById(db: Q, id: number): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTokens(db: Q, organisationId?: string): Promise<ApiTokenRow[]> {
  let q = db.selectFrom('api_tokens').selectAll();
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  return q.orderBy('revoked_at', 'desc').orderBy('id', 'desc').execute();
}

export async function revokeToken(db: Q, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function touchToken(db: Q, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
