import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ContributionTable {
  id: Generated<number>;
  kind: string;
  status: string;
  title: string;
  body: string;
  /** JSON: the kind's own fields (a practice's approach, an activity's date, a correction's page …) */
  details: string;
  file_name: string | null;
  file_stored_name: string | null;
  file_type: string | null;
  file_size: number | null;
  name: string | null;
  email: string | null;
  ip: string | null;
  contact_erased_at: string | null;
  token_hash: string;
  record_type: string | null;
  record_id: string | null;
  created_at: string;
  updated_at: string;
  handled_at: string | null;
}
export type ContributionRow = Selectable<ContributionTable>;
export type NewContributionRow = Insertable<ContributionTable>;
export type ContributionUpdate = Updateable<ContributionTable>;

export interface ContributionMessageTable {
  id: Generated<number>;
  contribution_id: number;
  /** 'question', 'accepted', 'declined' */
  kind: string;
  body: string;
  author_label: string;
  mailed: number;
  created_at: string;
}
export type ContributionMessageRow = Selectable<ContributionMessageTable>;

export interface ContributionTables {
  contributions: ContributionTable;
  contribution_messages: ContributionMessageTable;
}
