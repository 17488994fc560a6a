import type { Generated, Selectable } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  user_id: number | null;
  /** name and e-mail at the time, kept when the account is gone */
  user_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  created_at: string;
}
export type AuditLogRow = Selectable<AuditLogTable>;

export interface AuditTables {
  audit_log: AuditLogTable;
}
