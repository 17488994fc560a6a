import type { Generated, Selectable } from 'kysely';

/** Dates are ISO 8601 text in UTC; lists of slugs are JSON text; booleans 0/1. */
export interface NewsletterSubscriberTable {
  id: Generated<number>;
  /** trimmed and lower-cased */
  email: string;
  /** the subscriber's private key to the preferences page, confirm and unsubscribe links */
  token: string;
  /** 'pending' until the opt-in link is followed, then 'confirmed' */
  status: string;
  audiences: string;
  themes: string;
  /** 'provincie:<name>' or 'gemeente:<slug>'; null: everywhere */
  region: string | null;
  created_at: string;
  confirmed_at: string | null;
  updated_at: string;
}
export type NewsletterSubscriberRow = Selectable<NewsletterSubscriberTable>;

export interface NewsletterEditionTable {
  id: Generated<number>;
  /** 'edition' (composed by an editor) or 'digest' (what is new, per interest, on a schedule) */
  kind: string;
  slug: string;
  title: string;
  intro: string;
  /** 'draft', 'sending', 'sent' */
  status: string;
  only_matching: number;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}
export type NewsletterEditionRow = Selectable<NewsletterEditionTable>;

/** A snapshot of a listed item or activity, so the archive stays as it was sent. */
export interface NewsletterEntryTable {
  id: Generated<number>;
  edition_id: number;
  position: number;
  /** 'item' or 'activity' */
  kind: string;
  /** the item's or activity's slug */
  ref: string;
  title: string;
  summary: string;
  /** path on the site, e.g. /kennis/<slug> */
  url: string;
  starts_at: string | null;
  place: string | null;
  audiences: string;
  themes: string;
  /** 'provincie:<name>' and 'gemeente:<slug>' the entry belongs to */
  regions: string;
}
export type NewsletterEntryRow = Selectable<NewsletterEntryTable>;

/** One row per recipient and edition: the send log, and the claim that keeps a mail from going out twice. */
export interface NewsletterSendTable {
  id: Generated<number>;
  edition_id: number;
  /** null once the subscriber is gone (the row stays as an anonymous count) */
  subscriber_id: number | null;
  /** 'pending', 'sending' (claimed), 'sent', 'failed' (gave up), 'unknown' (claimed before a crash), 'skipped' */
  status: string;
  attempts: number;
  claimed_at: string | null;
  sent_at: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
}
export type NewsletterSendRow = Selectable<NewsletterSendTable>;

export interface NewsletterTables {
  newsletter_subscribers: NewsletterSubscriberTable;
  newsletter_editions: NewsletterEditionTable;
  newsletter_entries: NewsletterEntryTable;
  newsletter_sends: NewsletterSendTable;
}
