import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Dates are ISO 8601 text in UTC ('2026-11-23T10:00:00.000Z') or plain dates ('2026-11-23') on both databases. */
export interface ItemTable {
  id: Generated<number>;
  type: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: string;
  /** JSON object with the type's own fields */
  details: string;
  valid_from: string | null;
  valid_until: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  last_reviewed_at: string | null;
  review_by: string | null;
}
export type ItemRow = Selectable<ItemTable>;
export type NewItemRow = Insertable<ItemTable>;
export type ItemRowUpdate = Updateable<ItemTable>;

export interface ThemeTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  parent_id: number | null;
  position: number;
}
export type ThemeRow = Selectable<ThemeTable>;

export interface AudienceTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  position: number;
}
export type AudienceRow = Selectable<AudienceTable>;

export interface ItemAudienceTable {
  item_id: number;
  audience_id: number;
}
export interface ItemThemeTable {
  item_id: number;
  theme_id: number;
}
export interface ItemSourceTable {
  id: Generated<number>;
  item_id: number;
  title: string;
  url: string;
  position: number;
}
export interface ItemRelationTable {
  item_id: number;
  related_id: number;
  position: number;
}

export interface PageTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  body: string;
  updated_at: string;
}
export type PageRow = Selectable<PageTable>;

export interface ItemRevisionTable {
  id: Generated<number>;
  item_id: number;
  number: number;
  /** JSON of ItemSnapshot */
  snapshot: string;
  user_id: number | null;
  user_label: string;
  note: string;
  created_at: string;
}
export type ItemRevisionRow = Selectable<ItemRevisionTable>;

export interface ItemRedirectTable {
  old_slug: string;
  item_id: number;
  created_at: string;
}

export interface AttachmentTable {
  id: Generated<number>;
  item_id: number;
  file_name: string;
  stored_name: string;
  content_type: string;
  size: number;
  title: string;
  created_at: string;
}
export type AttachmentRow = Selectable<AttachmentTable>;

export interface LinkCheckTable {
  id: Generated<number>;
  item_id: number;
  url: string;
  ok: number;
  status_code: number | null;
  error: string | null;
  checked_at: string;
}

export interface ContentTables {
  items: ItemTable;
  themes: ThemeTable;
  audiences: AudienceTable;
  item_audiences: ItemAudienceTable;
  item_themes: ItemThemeTable;
  item_sources: ItemSourceTable;
  item_relations: ItemRelationTable;
  pages: PageTable;
  item_revisions: ItemRevisionTable;
  item_redirects: ItemRedirectTable;
  attachments: AttachmentTable;
  link_checks: LinkCheckTable;
}
