/**
 * Personal data, one port for every feature that keeps any: what it holds about an email address
 * (for the admin's JSON export and the subscriber's own page) and how to erase it. Erasure runs in
 * one transaction over every source, so "erased" means gone from every table, revision and search
 * index at once. The static list of sources is in personal-data.sources.ts.
 */
import type { Db, Tx } from '../db/database.js';

export interface PersonalDataSource {
  /** short name, the key of this source's part of an export (e.g. 'contributions', 'newsletter') */
  name: string;
  /** everything this feature holds about the address, JSON-serialisable; [] or null when nothing */
  export(db: Db | Tx, email: string): Promise<unknown>;
  /** removes (or irreversibly anonymises) it inside the caller's transaction; returns the records touched */
  erase(tx: Tx, email: string): Promise<number>;
}

/** Email addresses are compared trimmed and lower-cased everywhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
