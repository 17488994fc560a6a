/**
 * The SearchStore port: the only part of the search that differs per database. A store turns the
 * analyzer's terms into its own full-text match (FTS5 MATCH or a tsquery) and keeps its index in
 * step with search_documents. Everything else (filters, facets, ranking, snippets) is shared.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../config.js';
import { dialectOf, type Db, type Tx } from '../db/database.js';
import { createSqliteStore } from './search.store-sqlite.js';
import { createPostgresStore } from './search.store-postgres.js';

export type Q = Db | Tx;

/** AND ('all') or OR ('some') of OR-groups of index terms; terms are letters and digits only. */
export interface TermQuery {
  groups: string[][];
  mode: 'all' | 'some';
  /** match in titles only */
  titleOnly?: boolean;
}

export interface StoreTerms {
  title_terms: string;
  summary_terms: string;
  body_terms: string;
}

export interface SearchStore {
  readonly dialect: Dialect;
  /** `FROM … WHERE …` of the documents (alias d) matching the query, and its score (higher is better). */
  match(query: TermQuery): { from: RawBuilder<unknown>; score: RawBuilder<number> };
  /** `SELECT count(*)` of the matches when there is no filter, up to cap + 1 (where the count stops), without touching search_documents where the store can. */
  countAll(query: TermQuery, cap: number): RawBuilder<{ n: number }>;
  /**
   * `SELECT id` of the newest matches that pass `filter` (a condition on alias d, when given), without
   * joining search_documents where the store can. `share` is the share of all documents that match at
   * most (0 to 1: counted, or bounded by the vocabulary's counts): a store whose index cannot give its
   * matches newest first chooses by it between walking the documents newest first until enough match
   * (cheap when matches are many) and collecting every match through its index and sorting them
   * (cheap when they are few).
   */
  newestIds(query: TermQuery, limit: number, offset: number, options?: { filter?: RawBuilder<unknown>; share?: number }): RawBuilder<{ id: number }>;
  /** Condition (on alias d) that the terms occur as a phrase, in order and next to each other. */
  phrase(terms: string[]): RawBuilder<boolean>;
  /** Called after a document row was inserted or updated with these terms. */
  added(db: Q, id: number, terms: StoreTerms): Promise<void>;
  /** Called before a document row with these (old) terms is updated or deleted. */
  removing(db: Q, id: number, terms: StoreTerms): Promise<void>;
  /**
   * Called first in every transaction that writes to the index: takes the index's write lock
   * where the database has row locks (PostgreSQL), so writers and a full reindex always lock in
   * the same order (search_state, then documents, facets and terms) and cannot deadlock.
   */
  lockForWrite(db: Q): Promise<void>;
  /** Empties the index before a full rebuild, and drops what a bulk load would keep up to date row by row. */
  clearForRebuild(db: Q): Promise<void>;
  /** Rebuilds the full-text index from search_documents after a bulk load. */
  rebuild(db: Q): Promise<void>;
  /** Bytes used by the index tables. */
  sizeBytes(db: Q): Promise<number>;
}

const TERM = /^[\p{L}\p{N}]+$/u;

/** Keeps only terms a full-text syntax cannot misread, and drops empty groups. */
export function safeGroups(groups: string[][]): string[][] {
  return groups.map((g) => [...new Set(g.filter((t) => TERM.test(t)))]).filter((g) => g.length > 0);
}

const stores = new Map<Dialect, SearchStore>();

export function storeFor(db: Q): SearchStore {
  const dialect = dialectOf(db);
  let store = stores.get(dialect);
  if (!store) {
    store = dialect === 'postgres' ? createPostgresStore() : createSqliteStore();
    stores.set(dialect, store);
  }
  return store;
}

export { sql };
