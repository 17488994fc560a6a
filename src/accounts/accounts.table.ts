import type { Generated, Selectable } from 'kysely';

/** Dates are ISO 8601 text in UTC; booleans are 0/1 integers on both databases. */
export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  /** a partner's directory organisation (HSDS UUID) */
  organisation_id: string | null;
  password_hash: string | null;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}
export type UserRow = Selectable<UserTable>;

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface AuthTokenTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AppSecretTable {
  name: string;
  value: string;
}

export interface AccountTables {
  users: UserTable;
  sessions: SessionTable;
  auth_tokens: AuthTokenTable;
  app_secrets: AppSecretTable;
}
