/** backup, restore and migrate-to-postgres as an operator runs them: real processes on real databases. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/dialects.js';
import { BIN } from '../../test/process.js';
import { createDb } from '../db/database.js';
import { createTheme } from '../content/content.service.js';
import { serverMarkPath } from './backup.js';

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', timeout: 120_000 });
}

async function countItems(file: string): Promise<number> {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from items').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('SQLite backup and restore', () => {
  let state: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: Record<string, string>;
  before(async () => {
    state = await createTestDatabase('sqlite');
    env = { DATA_DIR: state.config.dataDir, DATABASE_URL: state.config.databaseUrl };
  });
  after(async () => {
    await state.cleanup();
  });

  test('backup copies the live database, including writes still in the write-ahead log', async () => {
    const items = await countItems(state.config.databaseUrl);
    // Written through the open connection and not checkpointed: it lives in the -wal file only.
    await sql`update pages set title = 'Nog in het logboek' where slug = 'over-ons'`.execute(state.handle.db);
    assert.ok(fs.statSync(`${state.config.databaseUrl}-wal`).size > 0);

    const file = path.join(state.config.dataDir, 'backups', 'ep-1.db');
    const r = cli(['backup', file], env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Back-up gemaakt/);
    const copy = new SQLite(file, { readonly: true });
    try {
      assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal((copy.prepare("select title from pages where slug = 'over-ons'").get() as { title: string }).title, 'Nog in het logboek');
      assert.equal((copy.prepare('select count(*) as n from items').get() as { n: number }).n, items);
    } finally {
      copy.close();
    }
    assert.equal(fs.existsSync(`${file}-wal`), false, 'the backup is one self-contained file');

    const again = cli(['backup', file], env);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /bestaat al/);
  });

  test('restore refuses while a server uses the file, refuses a damaged backup, and restores with --force', async () => {
    const file = path.join(state.config.dataDir, 'backups', 'ep-2.db');
    assert.equal(cli(['backup', file], env).status, 0);
    const items = await countItems(file);
    await state.handle.db.deleteFrom('items').execute();
    await state.handle.destroy();
    assert.equal(await countItems(state.config.databaseUrl), 0);

    // A live process (this test) marks the file as in use, as the server does.
    fs.writeFileSync(serverMarkPath(state.config.databaseUrl), String(process.pid));
    try {
      const refused = cli(['restore', file], env);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /gebruikt .* nog/);
      assert.equal(await countItems(state.config.databaseUrl), 0, 'nothing was touched');

      const damaged = path.join(state.config.dataDir, 'backups', 'damaged.db');
      fs.writeFileSync(damaged, Buffer.concat([fs.readFileSync(file).subarray(0, 4096), Buffer.alloc(8192, 7)]));
      const bad = cli(['restore', damaged, '--force'], env);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /beschadigd|geen leesbare/);

      const forced = cli(['restore', file, '--force'], env);
      assert.equal(forced.status, 0, forced.stderr);
      assert.match(forced.stdout, /teruggezet/);
    } finally {
      fs.rmSync(serverMarkPath(state.config.databaseUrl), { force: true });
    }
    assert.equal(await countItems(state.config.databaseUrl), items);
    // A mark left by a server that no longer runs does not block a restore.
    fs.writeFileSync(serverMarkPath(state.config.databaseUrl), '999999');
    assert.equal(cli(['restore', file], env).status, 0);
    fs.rmSync(serverMarkPath(state.config.databaseUrl), { force: true });
    state.handle = createDb({ databaseUrl: state.config.databaseUrl, dialect: 'sqlite' }) as typeof state.handle;
  });
});

describe('migrate-to-postgres', { skip: process.env.EP_SKIP_POSTGRES }, () => {
  let source: Awaited<ReturnType<typeof createTestDatabase>>;
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  before(async () => {
    source = await createTestDatabase('sqlite');
    target = await createTestDatabase('postgres', { migrate: false });
  });
  after(async () => {
    await source?.cleanup();
    await target?.cleanup();
  });

  test('copies every table to an empty PostgreSQL database and verifies counts and checksums', async () => {
    const db = source.handle.db;
    // A theme pointing at a theme with a higher id, and a queued job: both must survive the copy.
    const last = await db.selectFrom('themes').select(sql<number>`max(id)`.as('id')).executeTakeFirstOrThrow();
    await db.updateTable('themes').set({ parent_id: last.id }).where('slug', '=', 'rechten-en-geld').execute();
    await db.insertInto('jobs').values({ name: 'ops.ping', payload: '{"note":"één"}', status: 'queued', singleton_key: null, attempts: 0, retry_limit: 0, retry_delay_seconds: 1, timeout_seconds: 60, run_at: '2026-11-29T15:00:00.000Z', locked_until: null, last_error: null, created_at: '2026-11-29T15:00:00.000Z', updated_at: '2026-11-29T15:00:00.000Z' }).execute();
    const expected = new Map<string, number>();
    for (const t of ['items', 'themes', 'audiences', 'item_themes', 'item_audiences', 'item_sources', 'item_relations', 'pages', 'jobs']) {
      expected.set(t, Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0]!.n));
    }

    const env = { DATA_DIR: source.config.dataDir, DATABASE_URL: source.config.databaseUrl };
    const r = cli(['migrate-to-postgres', '--to', target.config.databaseUrl], env);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /aantallen en controlegetallen kloppen/);
    assert.match(r.stdout, /^audiences .* ok\s+\(stond er al\)$/m);

    const pg = target.handle.db;
    for (const [t, n] of expected) {
      assert.ok(n > 0, `${t} has rows in the source`);
      const got = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(pg)).rows[0]!.n);
      assert.equal(got, n, `${t} has every row`);
      assert.match(r.stdout, new RegExp(`^${t}\\s+${n}\\s+${n}\\s+([0-9a-f]{16})\\s+\\1\\s+ok`, 'm'));
    }
    const theme = await pg.selectFrom('themes as t').innerJoin('themes as p', 'p.id', 't.parent_id').select('p.id').where('t.slug', '=', 'rechten-en-geld').executeTakeFirstOrThrow();
    assert.equal(theme.id, last.id);
    // The id sequences moved past the copied rows: a new theme gets a fresh id.
    const id = await createTheme(pg, { slug: 'na-de-verhuis', name: 'Na de verhuis', description: '' });
    assert.ok(id > last.id);

    const twice = cli(['migrate-to-postgres', '--to', target.config.databaseUrl], env);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /niet leeg/);
  });
});
