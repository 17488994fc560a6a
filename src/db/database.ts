/**
 * The Database type (every table) and createDb(config): one Kysely instance over SQLite
 * (better-sqlite3, the embedded default) or PostgreSQL (pg). Only src/db/ and the search
 * stores may branch on the dialect.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type { Dialect } from '../config.js';
import type { ContentTables } from '../content/content.table.js';
import type { PlacesTables } from '../places/places.table.js';
import type { JobTables } from '../jobs/jobs.table.js';
import type { SearchTables } from '../search/search.table.js';
import type { AccountTables } from '../accounts/accounts.table.js';
import type { AuditTables } from '../audit/audit.table.js';
import type { ContributionTables } from '../contributions/contributions.table.js';
import type { NewsletterTables } from '../newsletter/newsletter.table.js';

export interface Database extends ContentTables, PlacesTables, JobTables, SearchTables, AccountTables, AuditTables, EventsTables, DirectoryTables, TokenTables, ContributionTables, NewsletterTables {}
import type { TokenTables } from '../tokens/tokens.table.js';
import type { EventsTables } from '../events/events.table.js';

import type { DirectoryTables } from '../directory/directory.table.js';


export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** the pg pool on PostgreSQL (its size and waiting clients feed /metrics) */
  pool?: pg.Pool;
  destroy(): Promise<void>;
}

// Counts and sums come back from pg as strings for bigint/numeric; we keep ids and counts
// in the safe-integer range, so parse int8 to number on both databases.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function createDb(options: { databaseUrl: string; dialect: Dialect; poolSize?: number; onPoolError?: (err: Error) => void }): DbHandle {
  if (options.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client whose server connection ends (PostgreSQL restart, a dropped test database)
    // emits 'error' on the pool; unhandled, that would crash the process. The pool replaces it.
    pool.on('error', (err) => options.onPoolError?.(err));
    // A client that is checked out (Kysely holds one per query or transaction) has no 'error' listener from
    // the pool, so a server connection that ends mid-query (a restart, pg_terminate_backend) was emitted as
    // an uncaught exception that would end the process. The query itself already fails with that error and
    // the request gets a clean 500; this listener only keeps the process alive.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', pool, destroy: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(options.databaseUrl), { recursive: true });
  const sqlite = new SQLite(options.databaseUrl);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}

/**
 * SQLite reads the database file through memory mapping up to this size instead of copying every
 * page it reads: some 10 % less CPU per search over a 100,000-record index (bench:search).
 */
export const SQLITE_MMAP_BYTES = 1024 * 1024 * 1024;

const STATEMENTS_KEPT = 500;

/**
 * better-sqlite3 with its prepared statements kept by SQL text (the last STATEMENTS_KEPT): Kysely
 * prepares every query anew, which costs about as much as running a short one. A statement is run
 * to its end before the next query (Kysely runs one query at a time and streams none), so sharing
 * one is safe; SQLite re-prepares a kept statement itself when the schema changes.
 */
export function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const kept = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string) {
      let stmt = kept.get(text);
      if (stmt) {
        // Most recently used last, so the oldest goes first.
        kept.delete(text);
      } else {
        stmt = sqlite.prepare(text);
        if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
      }
      kept.set(text, stmt);
      return stmt;
    },
    close() {
      kept.clear();
      sqlite.close();
    },
  };
}

export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter' ? 'postgres' : 'sqlite';
}

/** PostgreSQL's answers that mean "nothing was written, try again": deadlock detected, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * Runs fn in a transaction, or inside the caller's one when db already is a transaction.
 * On PostgreSQL concurrent writers can deadlock (rows locked in different orders, e.g. shared
 * search term counts); the database then rolls one of them back whole. Such a transaction is run
 * again, up to ATTEMPTS times, after a short random pause: fn must only write to the database
 * (no mail, no events) inside the transaction, which is how every service already works.
 */
export async function inTransaction<T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Tx);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (err) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has((err as { code?: unknown }).code as string)) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * attempt));
    }
  }
}
