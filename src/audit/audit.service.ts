/**
 * The audit log: every change in the back office (who, what, when, before and after as JSON),
 * written in the same transaction as the change itself and readable by admins in /beheer/audit.
 */
import type { Db, Tx } from '../db/database.js';

type Q = Db | Tx;

/** Who does something: a signed-in user, or the system (command line, jobs). */
export interface Actor {
  id: number | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'systeem' };

export interface AuditEntry {
  id: number;
  userId: number | null;
  userLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  createdAt: string;
}

export async function recordChange(
  db: Q,
  actor: Actor,
  change: { action: string; entityType: string; entityId?: string | number | null; before?: unknown; after?: unknown },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: actor.id,
      user_label: actor.label,
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId === undefined || change.entityId === null ? null : String(change.entityId),
      before_json: change.before === undefined ? null : JSON.stringify(change.before),
      after_json: change.after === undefined ? null : JSON.stringify(change.after),
      created_at: now.toISOString(),
    })
    .execute();
}

export async function listChanges(db: Q, filter: { entityType?: string; entityId?: string; page?: number; pageSize?: number } = {}): Promise<{ entries: AuditEntry[]; total: number }> {
  const pageSize = Math.min(filter.pageSize ?? 50, 200);
  const page = Math.max(filter.page ?? 1, 1);
  let q = db.selectFrom('audit_log');
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      userLabel: r.user_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before_json === null ? null : JSON.parse(r.before_json),
      after: r.after_json === null ? null : JSON.parse(r.after_json),
      createdAt: r.created_at,
    })),
  };
}
