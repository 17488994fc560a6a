/**
 * Copies an SQLite installation to PostgreSQL: migrates the target, copies every table in
 * foreign-key order in one transaction, moves the id sequences past the copied ids, then verifies
 * each table's row count and an order-independent checksum of its rows on both sides.
 */
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createDb } from '../db/database.js';
import { migrateToLatest, migrations } from '../db/migrate.js';

export interface TableReport {
  table: string;
  /** copied, or already identical in the target (reference data from a migration) */
  action: 'copied' | 'identical';
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface MigrationReport {
  tables: TableReport[];
  /** SQLite tables with no PostgreSQL twin (the SQLite search index, rebuilt by the application) */
  skipped: string[];
  ok: boolean;
}

export class MigrateToPostgresError extends Error {}

const INTERNAL = /^(sqlite_|kysely_migration)/;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function normalize(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`;
  return v;
}

/** Sum of per-row hashes modulo 2^64: independent of row order, so collations cannot differ. */
function checksumAccumulator() {
  let sum = 0n;
  let rows = 0;
  return {
    add(values: unknown[]) {
      const h = createHash('sha256').update(JSON.stringify(values.map(normalize))).digest();
      sum = (sum + h.readBigUInt64BE(0)) & 0xffffffffffffffffn;
      rows++;
    },
    get rows() {
      return rows;
    },
    get hex() {
      return sum.toString(16).padStart(16, '0');
    },
  };
}

function sourceTables(source: SQLite.Database): string[] {
  return (source.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((r) => r.name).filter((n) => !INTERNAL.test(n));
}

function columnsOf(source: SQLite.Database, table: string): string[] {
  return (source.prepare(`pragma table_info(${q(table)})`).all() as { name: string }[]).map((c) => c.name);
}

function foreignKeys(source: SQLite.Database, table: string): { table: string; from: string }[] {
  return source.prepare(`pragma foreign_key_list(${q(table)})`).all() as { table: string; from: string }[];
}

/** Parents before children; a table's references to itself are handled row by row. */
function dependencyOrder(source: SQLite.Database, tables: string[]): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    for (const fk of foreignKeys(source, t)) if (fk.table !== t && tables.includes(fk.table)) visit(fk.table, path);
    done.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

function sourceChecksum(source: SQLite.Database, table: string, columns: string[]) {
  const acc = checksumAccumulator();
  for (const row of source.prepare(`select ${columns.map(q).join(', ')} from ${q(table)}`).raw().iterate() as Iterable<unknown[]>) acc.add(row);
  return acc;
}

async function targetChecksum(client: pg.ClientBase, table: string, columns: string[]) {
  const acc = checksumAccumulator();
  const result = await client.query({ text: `select ${columns.map(q).join(', ')} from ${q(table)}`, rowMode: 'array' });
  for (const row of result.rows as unknown[][]) acc.add(row);
  return acc;
}

async function insertRows(client: pg.ClientBase, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
  await client.query(`insert into ${q(table)} (${columns.map(q).join(', ')}) values ${tuples.join(', ')}`, values);
}

async function copyTable(source: SQLite.Database, client: pg.ClientBase, table: string, columns: string[]): Promise<void> {
  const selfRefs = foreignKeys(source, table).filter((fk) => fk.table === table).map((fk) => fk.from);
  const keyColumns = (source.prepare(`pragma table_info(${q(table)})`).all() as { name: string; pk: number }[]).filter((c) => c.pk > 0).map((c) => c.name);
  const batchSize = Math.max(1, Math.floor(30_000 / columns.length));
  let batch: unknown[][] = [];
  const later: unknown[][] = [];
  for (const row of source.prepare(`select ${columns.map(q).join(', ')} from ${q(table)}`).raw().iterate() as Iterable<unknown[]>) {
    if (selfRefs.length) {
      // A row may point at a row not copied yet: insert without the reference, set it afterwards.
      later.push(row);
      batch.push(row.map((v, i) => (selfRefs.includes(columns[i]!) ? null : v)));
    } else batch.push(row);
    if (batch.length >= batchSize) {
      await insertRows(client, table, columns, batch);
      batch = [];
    }
  }
  await insertRows(client, table, columns, batch);
  if (selfRefs.length && keyColumns.length) {
    for (const row of later) {
      const sets = selfRefs.filter((c) => row[columns.indexOf(c)] !== null);
      if (sets.length === 0) continue;
      const params = [...sets.map((c) => row[columns.indexOf(c)]), ...keyColumns.map((k) => row[columns.indexOf(k)])];
      await client.query(
        `update ${q(table)} set ${sets.map((c, i) => `${q(c)} = $${i + 1}`).join(', ')} where ${keyColumns.map((k, i) => `${q(k)} = $${sets.length + i + 1}`).join(' and ')}`,
        params,
      );
    }
  }
}

export async function migrateToPostgres(sqliteFile: string, targetUrl: string): Promise<MigrationReport> {
  const source = new SQLite(sqliteFile, { readonly: true, fileMustExist: true });
  const handle = createDb({ databaseUrl: targetUrl, dialect: 'postgres', poolSize: 2 });
  const client = new pg.Client({ connectionString: targetUrl });
  try {
    const applied = new Set((source.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name));
    const missing = Object.keys(migrations).filter((m) => !applied.has(m));
    if (missing.length) throw new MigrateToPostgresError(`De SQLite-database is niet bijgewerkt (ontbreekt: ${missing.join(', ')}). Voer eerst "expertisepunt migrate" uit.`);

    await client.connect();
    // A target without our migrations table is new: whatever rows it holds after migrating came from
    // the migrations themselves (reference data, search state), and the source's rows replace them.
    const fresh = (await client.query("select 1 from information_schema.tables where table_schema = 'public' and table_name = 'kysely_migration'")).rowCount === 0;
    await migrateToLatest(handle.db);
    const targetTables = new Set(
      (await client.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).rows.map((r) => r.name),
    );
    const all = sourceTables(source);
    const skipped = all.filter((t) => !targetTables.has(t));
    const tables = dependencyOrder(source, all.filter((t) => targetTables.has(t)));

    // Refuse a target that holds data of its own; rows a migration put there (identical on both sides) are fine.
    const plan: { table: string; columns: string[]; copy: boolean; replace?: boolean }[] = [];
    const problems: string[] = [];
    for (const table of tables) {
      const columns = columnsOf(source, table);
      const target = await targetChecksum(client, table, columns);
      if (target.rows === 0) plan.push({ table, columns, copy: true });
      else if (target.hex === sourceChecksum(source, table, columns).hex) plan.push({ table, columns, copy: false });
      else if (fresh) plan.push({ table, columns, copy: true, replace: true });
      else problems.push(`${table} (${target.rows} rijen)`);
    }
    if (problems.length) throw new MigrateToPostgresError(`De PostgreSQL-database is niet leeg: ${problems.join(', ')}. Gebruik een nieuwe, lege database.`);

    await client.query('begin');
    try {
      // Children before parents, so foreign keys hold while the migrations' rows go.
      for (const { table, replace } of [...plan].reverse()) if (replace) await client.query(`delete from ${q(table)}`);
      for (const { table, columns, copy } of plan) if (copy) await copyTable(source, client, table, columns);
      // Identity columns: the next generated id comes after the copied ones.
      for (const { table, columns, copy } of plan) {
        if (!copy) continue;
        for (const column of columns) {
          const seq = await client.query<{ seq: string | null }>('select pg_get_serial_sequence($1, $2) as seq', [q(table), column]);
          const name = seq.rows[0]?.seq;
          if (name) await client.query(`select setval($1, coalesce((select max(${q(column)}) from ${q(table)}), 0) + 1, false)`, [name]);
        }
      }
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    }

    const reports: TableReport[] = [];
    for (const { table, columns, copy } of plan) {
      const s = sourceChecksum(source, table, columns);
      const t = await targetChecksum(client, table, columns);
      reports.push({
        table,
        action: copy ? 'copied' : 'identical',
        sourceRows: s.rows,
        targetRows: t.rows,
        sourceChecksum: s.hex,
        targetChecksum: t.hex,
        ok: s.rows === t.rows && s.hex === t.hex,
      });
    }
    return { tables: reports, skipped, ok: reports.every((r) => r.ok) };
  } finally {
    source.close();
    await client.end().catch(() => {});
    await handle.destroy();
  }
}

export function formatReport(report: MigrationReport): string {
  const rows = report.tables.map((t) => [t.table, String(t.sourceRows), String(t.targetRows), t.sourceChecksum, t.targetChecksum, t.ok ? 'ok' : 'VERSCHIL', t.action === 'identical' ? '(stond er al)' : '']);
  const head = ['tabel', 'SQLite', 'PostgreSQL', 'controlegetal SQLite', 'controlegetal PostgreSQL', '', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(head), ...rows.map(line)];
  if (report.skipped.length) out.push('', `Niet gekopieerd (alleen in SQLite, de toepassing bouwt ze opnieuw op): ${report.skipped.join(', ')}`);
  out.push('', report.ok ? 'Alle tabellen zijn gekopieerd: aantallen en controlegetallen kloppen.' : 'FOUT: niet alle tabellen komen overeen.');
  return out.join('\n');
}
