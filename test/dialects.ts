/**
 * forEachDialect(): runs a suite on SQLite (a temporary file per test file) and on PostgreSQL
 * (a fresh database per test file, cloned from a migrated, seeded template database).
 * scripts/run-tests.mjs sets EP_SKIP_POSTGRES when no PostgreSQL is reachable (never under CI=true).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config, type Dialect } from '../src/config.js';
import { createDb, type Db, type DbHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import { createApp, type AppOptions } from '../src/app.js';

export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export interface DialectContext {
  readonly dialect: Dialect;
  readonly handle: DbHandle;
  readonly db: Db;
  readonly config: Config;
  /** The app on this database, created on first use and closed after the suite. */
  app(options?: AppOptions): Promise<FastifyInstance>;
}

export interface DialectOptions {
  /** load the demo content (default true) */
  seed?: boolean;
  /** run the migrations (default true) */
  migrate?: boolean;
  /** extra environment for loadConfig */
  env?: Record<string, string>;
}

export function dialects(): Dialect[] {
  return ['sqlite', 'postgres'];
}

export function skipReason(dialect: Dialect): string | false {
  if (dialect === 'postgres' && process.env.EP_SKIP_POSTGRES) return process.env.EP_SKIP_POSTGRES;
  return false;
}

/** Hash of every source file, so a template database is rebuilt whenever migrations or seed code change. */
let fingerprintCache: string | undefined;
function sourceFingerprint(): string {
  if (fingerprintCache) return fingerprintCache;
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.includes('.test.')) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(path.join(ROOT, 'src'));
  // The demo activities are dated from the day they are seeded: a seeded template lives one day at most.
  hash.update(new Date().toISOString().slice(0, 10));
  fingerprintCache = hash.digest('hex').slice(0, 12);
  return fingerprintCache;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function createPostgresDatabase(options: DialectOptions): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const kind = options.migrate === false ? 'empty' : options.seed === false ? 'migrated' : 'seeded';
  const name = `ep_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  try {
    if (kind === 'empty') {
      await admin.query(`create database "${name}"`);
    } else {
      const template = `ep_tpl_${sourceFingerprint()}_${kind}`;
      // One test file at a time builds or clones templates: cloning needs the template to be idle.
      await admin.query('select pg_advisory_lock(727001)');
      try {
        const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
        if (exists.rowCount === 0) {
          const stale = await admin.query("select datname from pg_database where datname like 'ep_tpl_%' and datname not like $1", [`ep_tpl_${sourceFingerprint()}_%`]);
          for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
          const building = `${template}_build`;
          await admin.query(`drop database if exists "${building}" with (force)`);
          await admin.query(`create database "${building}"`);
          const handle = createDb({ databaseUrl: withDatabase(PG_ADMIN_URL, building), dialect: 'postgres', poolSize: 2 });
          try {
            await migrateToLatest(handle.db);
            if (kind === 'seeded') await seedDemo(handle.db);
          } finally {
            await handle.destroy();
          }
          await admin.query(`alter database "${building}" rename to "${template}"`);
        }
        await admin.query(`create database "${name}" template "${template}"`);
      } finally {
        await admin.query('select pg_advisory_unlock(727001)');
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(PG_ADMIN_URL, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A database of the given dialect for one test file, with its config. */
export async function createTestDatabase(dialect: Dialect, options: DialectOptions = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-test-'));
  let databaseUrl: string;
  let drop: () => Promise<void> = async () => {};
  if (dialect === 'postgres') {
    const created = await createPostgresDatabase(options);
    databaseUrl = created.url;
    drop = created.drop;
  } else {
    databaseUrl = path.join(dataDir, 'test.db');
  }
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, BASE_URL: 'http://localhost:3000', LOG_LEVEL: 'silent', ...options.env });
  const handle = createDb({ databaseUrl: config.databaseUrl, dialect, poolSize: 4 });
  if (dialect === 'sqlite' && options.migrate !== false) {
    await migrateToLatest(handle.db);
    if (options.seed !== false) await seedDemo(handle.db);
  }
  return {
    config,
    handle,
    async cleanup() {
      await handle.destroy();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function forEachDialect(name: string, fn: (ctx: DialectContext) => void, options: DialectOptions = {}): void {
  for (const dialect of dialects()) {
    const skip = skipReason(dialect);
    describe(`${name} [${dialect}]`, { skip }, () => {
      let state: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
      let app: FastifyInstance | undefined;
      const need = () => {
        if (!state) throw new Error('database not ready: use the context inside tests or hooks');
        return state;
      };
      const ctx: DialectContext = {
        dialect,
        get handle() {
          return need().handle;
        },
        get db() {
          return need().handle.db;
        },
        get config() {
          return need().config;
        },
        async app(appOptions?: AppOptions) {
          if (!app) {
            app = await createApp(need().config, need().handle, { logger: false, ...appOptions });
            await app.ready();
          }
          return app;
        },
      };
      before(async () => {
        state = await createTestDatabase(dialect, options);
      });
      after(async () => {
        await app?.close();
        await state?.cleanup();
      });
      fn(ctx);
    });
  }
}
