import type { Generated, Selectable } from 'kysely';

/** A partner's API token: one organisation, the secret kept only as a SHA-256 hash. */
export interface ApiTokenTable {
  id: Generated<number>;
  /** the directory organisation (HSDS UUID) whose activities and services it may write */
  organisation_id: string;
  name: string;
  token_hash: string;
  /** the first characters of the secret, to recognise it in the list */
  prefix: string;
  created_by: number | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
export type ApiTokenRow = Selectable<ApiTokenTable>;

export interface TokenTables {
  api_tokens: ApiTokenTable;
}
