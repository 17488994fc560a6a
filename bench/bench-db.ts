/** A throw-away, migrated database for a benchmark: a SQLite file in a temp dir, or a fresh PostgreSQL database. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Dialect } from '../src/config.js';
import { createDb, type DbHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDb {
  dialect: Dialect;
  url: string;
  dataDir: string;
  handle: DbHandle;
  /** closes the pool and removes the database and its data dir; safe to call twice */
  drop(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createBenchDb(dialect: Dialect, label: string): Promise<BenchDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ep-bench-${label}-`));
  let url = path.join(dataDir, 'bench.db');
  let dropDb = async () => {};
  if (dialect === 'postgres') {
    const name = `ep_bench_${label}_${process.pid}`;
    await adminQuery(`drop database if exists "${name}" with (force)`);
    await adminQuery(`create database "${name}"`);
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = () => adminQuery(`drop database if exists "${name}" with (force)`);
  }
  const handle = createDb({ databaseUrl: url, dialect, poolSize: 4 });
  await migrateToLatest(handle.db);
  let dropped = false;
  return {
    dialect,
    url,
    dataDir,
    handle,
    async drop() {
      if (dropped) return;
      dropped = true;
      await handle.destroy();
      await dropDb();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
