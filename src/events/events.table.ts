import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * One row per activity (a single event or a recurring series). Wall-clock times are kept in the
 * activity's zone ('2026-12-01T19:00:00', or '2026-12-01' for a whole day) next to their UTC instants;
 * recurrence is an RFC 5545 RRULE with RDATE/EXDATE lists (JSON arrays of wall-clock values).
 */
export interface ActivityTable {
  id: Generated<number>;
  uid: string;
  slug: string;
  kind: string;
  title: string;
  summary: string;
  description: string;
  organiser: string;
  /** the directory organisation (HSDS UUID) that publishes it; its partner accounts may edit it */
  organisation_id: string | null;
  venue: string | null;
  address: string | null;
  postcode: string | null;
  nis_code: string | null;
  lat: number | null;
  lon: number | null;
  online_url: string | null;
  /** IANA zone, 'Europe/Brussels' for our own activities */
  time_zone: string;
  /** the partner's VTIMEZONE for a zone other than Brussels or UTC, re-sent in our feed */
  time_zone_definition: string | null;
  all_day: number;
  starts_local: string;
  ends_local: string;
  starts_at: string;
  ends_at: string;
  rrule: string | null;
  rdates: string;
  exdates: string;
  /** UTC end of the last occurrence; null when the series has no end */
  last_ends_at: string | null;
  /** 1 while an editor still finishes it (an accepted suggestion): on no public channel until published */
  draft: Generated<number>;
  price_cents: number | null;
  price_note: string | null;
  registration_url: string | null;
  places_left: number | null;
  accessibility: string | null;
  info_url: string | null;
  /** 'demo', 'import' or 'editor' */
  source: string;
  created_at: string;
  updated_at: string;
}
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivityRow = Insertable<ActivityTable>;

export interface ActivityAudienceTable {
  activity_id: number;
  audience_slug: string;
}

/** An occurrence that was moved or changed (RECURRENCE-ID), or cancelled. */
export interface ActivityOverrideTable {
  id: Generated<number>;
  activity_id: number;
  recurrence_local: string;
  starts_local: string;
  ends_local: string;
  title: string | null;
  description: string | null;
  venue: string | null;
  cancelled: number;
}
export type ActivityOverrideRow = Selectable<ActivityOverrideTable>;
export type NewActivityOverrideRow = Insertable<ActivityOverrideTable>;

/** One row (id 1) whose version the database raises on every write to the three tables above (triggers). */
export interface CalendarVersionTable {
  id: number;
  version: number | string;
}

export interface EventsTables {
  activities: ActivityTable;
  activity_audiences: ActivityAudienceTable;
  activity_overrides: ActivityOverrideTable;
  calendar_version: CalendarVersionTable;
}
