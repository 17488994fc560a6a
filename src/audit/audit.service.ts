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

const ERASED = '[gewist]';

function entriesMentioning(db: Q, email: string) {
  const pattern = `%${email.toLowerCase()}%`;
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) => eb.or([eb(eb.fn('lower', ['user_label']), 'like', pattern), eb(eb.fn('lower', ['before_json']), 'like', pattern), eb(eb.fn('lower', ['after_json']), 'like', pattern)]))
    .orderBy('id')
    .execute();
}

/**
 * Personal data in the audit log: entries that name the address (as who did it, or in the record
 * before or after). Erasure replaces the address with "[gewist]" and keeps the entry: the log still
 * says what happened, not to or by whom. Runs last, after the sources whose erasure it may mention.
 */
export const auditPersonalData = {
  name: 'audit',
  async export(db: Q, email: string) {
    return (await entriesMentioning(db, email)).map((r) => ({ action: r.action, entityType: r.entity_type, entityId: r.entity_id, who: r.user_label, createdAt: r.created_at }));
  },
  async erase(tx: Tx, email: string) {
    const re = new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    const rows = await entriesMentioning(tx, email);
    for (const r of rows) {
      const clean = (v: string | null) => (v === null ? null : v.replace(re, ERASED));
      await tx.updateTable('audit_log').set({ user_label: clean(r.user_label)!, before_json: clean(r.before_json), after_json: clean(r.after_json) }).where('id', '=', r.id).execute();
    }
    return rows.length;
  },
};
