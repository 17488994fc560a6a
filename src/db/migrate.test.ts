import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import { migrateDownAll, migrateToLatest, migrations } from './migrate.js';

async function tableNames(ctx: { dialect: string; db: any }): Promise<string[]> {
  const rows =
    ctx.dialect === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(ctx.db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(ctx.db);
  return rows.rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_')).sort();
}

forEachDialect(
  'migrations',
  (ctx) => {
    test('run up, down and up again', async () => {
      const first = await migrateToLatest(ctx.db);
      assert.equal(first.results?.length, Object.keys(migrations).length);
      assert.ok((await tableNames(ctx)).includes('items'));
      const audiences = await ctx.db.selectFrom('audiences').select('slug').execute();
      assert.equal(audiences.length, 5);

      await migrateDownAll(ctx.db);
      assert.deepEqual(await tableNames(ctx), []);

      const again = await migrateToLatest(ctx.db);
      assert.equal(again.results?.length, Object.keys(migrations).length);
      assert.ok((await tableNames(ctx)).includes('items'));
    });
  },
  { migrate: false },
);
