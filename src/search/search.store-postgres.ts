/** PostgreSQL store: a generated tsvector ('simple' config over the analyzer's terms) with a GIN index. */
import { sql } from 'kysely';
import type { Q, SearchStore, TermQuery } from './search.store.js';

function tsquery(query: TermQuery): string {
  const groups = query.groups.map((g) => `(${g.map((t) => `'${t}'`).join(' | ')})`);
  return groups.join(query.mode === 'all' ? ' & ' : ' | ');
}

/** Titles have a tsvector and GIN index of their own: a weight (:A) in the query is checked row by row. */
function column(query: TermQuery) {
  return sql.raw(query.titleOnly ? 'd.title_tsv' : 'd.tsv');
}

/**
 * A full reindex builds the new index beside the old one: tables of the same names in schema
 * search_rebuild (empty between rebuilds), put first on the transaction's search_path, so every
 * insert of the reindex lands there while searches keep reading the old tables. At the end the
 * new tables get the old tables' keys and indexes (built once, in bulk), and a short exclusive
 * lock drops the old tables and moves the new ones in (ALTER TABLE … SET SCHEMA moves their
 * indexes and identity sequence along, under the same names). All of it is one transaction: a
 * failed reindex leaves the old index and an empty search_rebuild.
 * Writers of the index (indexDocument) wait on search_state's row lock for the whole reindex, as
 * before, and then write to the new tables: no change is lost, and none is made twice.
 */
const SHADOW = 'search_rebuild';
/** In this order: a table's foreign keys refer to the tables before it. */
const TABLES = ['search_documents', 'search_facets', 'search_terms'] as const;

/** The schema of the live index (that of search_state, which a reindex does not replace). */
async function liveSchema(db: Q): Promise<string> {
  const r = await sql<{ schema: string }>`select n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass('search_state')`.execute(db);
  const schema = r.rows[0]?.schema;
  if (!schema || schema === SHADOW) throw new Error('search_state not found');
  return schema;
}

async function createShadowTables(db: Q): Promise<void> {
  const live = await liveSchema(db);
  for (const table of TABLES) {
    // Columns, defaults, generated columns, identity and check constraints; keys and indexes come after the load.
    await sql`create table ${sql.id(SHADOW, table)} (like ${sql.id(live, table)} including defaults including generated including identity including constraints)`.execute(db);
    // Per-column statistics targets (the tsvectors'), which LIKE does not copy.
    const targets = await sql<{ name: string; target: number }>`select attname as name, attstattarget as target from pg_attribute
      where attrelid = ${`${live}.${table}`}::regclass and attnum > 0 and not attisdropped and attstattarget >= 0`.execute(db);
    for (const t of targets.rows) await sql`alter table ${sql.id(SHADOW, table)} alter column ${sql.id(t.name)} set statistics ${sql.raw(String(Number(t.target)))}`.execute(db);
  }
  // New document ids follow the old ones: a search that spans the swap never takes one record's id for another's.
  await sql`select setval(pg_get_serial_sequence(${`${SHADOW}.search_documents`}, 'id'), coalesce((select max(id) from ${sql.id(live, 'search_documents')}), 0) + 1, false)`.execute(db);
  await sql`select set_config('search_path', ${`${SHADOW}, `} || current_setting('search_path'), true)`.execute(db);
}

async function swapInShadowTables(db: Q): Promise<void> {
  const live = await liveSchema(db);
  const ddl: string[] = [];
  for (const table of TABLES) {
    const oid = sql`${`${live}.${table}`}::regclass`;
    const constraints = await sql<{ name: string; def: string; type: string }>`select conname as name, pg_get_constraintdef(oid) as def, contype as type
      from pg_constraint where conrelid = ${oid} and contype in ('p', 'u', 'f') order by contype = 'f', conname`.execute(db);
    const indexes = await sql<{ def: string }>`select pg_get_indexdef(i.indexrelid) as def from pg_index i
      where i.indrelid = ${oid} and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid) order by i.indexrelid`.execute(db);
    const target = `${SHADOW}.${quote(table)}`;
    for (const c of constraints.rows) {
      // A foreign key to another index table refers to the new one.
      const def = c.def.replace(/REFERENCES (?:[\w"]+\.)?"?(search_\w+)"?\(/, (m, name: string) => ((TABLES as readonly string[]).includes(name) ? `REFERENCES ${SHADOW}.${quote(name)}(` : m));
      ddl.push(`alter table ${target} add constraint ${quote(c.name)} ${def}`);
    }
    for (const i of indexes.rows) ddl.push(i.def.replace(/^(CREATE (?:UNIQUE )?INDEX \S+ ON )(?:ONLY )?\S+( USING )/, `$1${target}$2`));
  }
  // Keys first (foreign keys last, as ordered above), then the other indexes, GIN included.
  ddl.sort((a, b) => rank(a) - rank(b));
  for (const statement of ddl) await sql.raw(statement).execute(db);
  for (const table of TABLES) await sql`analyze ${sql.id(SHADOW, table)}`.execute(db);
  await sql`select set_config('search_path', regexp_replace(current_setting('search_path'), ${`^${SHADOW}, `}, ''), true)`.execute(db);
  // The only moment searches wait: until the transaction commits, right after.
  await sql.raw(`lock table ${TABLES.map((t) => `${quote(live)}.${quote(t)}`).join(', ')} in access exclusive mode`).execute(db);
  await sql.raw(`drop table ${TABLES.map((t) => `${quote(live)}.${quote(t)}`).join(', ')}`).execute(db);
  for (const table of TABLES) await sql`alter table ${sql.id(SHADOW, table)} set schema ${sql.id(live)}`.execute(db);
}

function rank(statement: string): number {
  if (/ PRIMARY KEY | UNIQUE /.test(statement) && statement.startsWith('alter')) return 0;
  if (/ FOREIGN KEY /.test(statement)) return 1;
  return 2;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Up to this share of all documents matching, the newest matches are found by collecting every match
 * through the GIN index and sorting them; with more, by walking the primary key from the newest down
 * until enough match. The planner takes the walk even for a word that only older records have (it
 * sees a hundred matches asked for among thousands), and then checks tens of thousands of rows: a
 * word used only in items walked past every activity and directory record (at 154,487 documents,
 * 72 to 75 ms instead of 17 to 25). Collecting costs per match, so common words keep the walk.
 * Titles match far less often than the share (from the whole text's counts) says: their bound is
 * higher. Above about a tenth the planner reads the table instead of the index, a cliff (the
 * tsvectors are stored out of line): a share stays below it.
 * Measured on the 178 relevance queries' statements: 8.3 s before, 5.6 s after (bench/README.md).
 */
const COLLECT_BELOW = 0.08;
const COLLECT_TITLES_BELOW = 0.2;

export function createPostgresStore(): SearchStore {
  return {
    dialect: 'postgres',
    match(query) {
      const q = tsquery(query);
      const tsv = column(query);
      return {
        from: sql`from search_documents d where ${tsv} @@ to_tsquery('simple', ${q})`,
        // Weights {D, C, B, A}: body 0.1, summary 0.4, title 1.0 (the same order as bm25's column weights);
        // normalisation 1 divides by 1 + log(length), as bm25 does not favour long pages.
        score: sql<number>`ts_rank('{0, 0.1, 0.4, 1.0}', ${tsv}, to_tsquery('simple', ${q}), 1)`,
      };
    },
    countAll(query, cap) {
      return sql<{ n: number }>`select count(*) as n from (select 1 from search_documents d where ${column(query)} @@ to_tsquery('simple', ${tsquery(query)}) limit ${cap + 1}) m`;
    },
    newestIds(query, limit, offset, options = {}) {
      const where = sql`${column(query)} @@ to_tsquery('simple', ${tsquery(query)})${options.filter ? sql` and ${options.filter}` : sql``}`;
      if (options.share !== undefined && options.share < (query.titleOnly ? COLLECT_TITLES_BELOW : COLLECT_BELOW)) {
        // Materialized: the planner cannot walk the primary key for the ORDER BY, so it takes the GIN index and sorts.
        return sql<{ id: number }>`with m as materialized (select d.id from search_documents d where ${where}) select id from m order by id desc limit ${limit} offset ${offset}`;
      }
      return sql<{ id: number }>`select d.id from search_documents d where ${where} order by d.id desc limit ${limit} offset ${offset}`;
    },
    phrase(terms) {
      return sql<boolean>`d.tsv @@ to_tsquery('simple', ${terms.map((t) => `'${t}'`).join(' <-> ')})`;
    },
    async added() {},
    async removing() {},
    async lockForWrite(db) {
      await sql`select version from search_state where id = 1 for update`.execute(db);
    },
    async clearForRebuild(db) {
      await createShadowTables(db);
    },
    async rebuild(db) {
      await swapInShadowTables(db);
    },
    async sizeBytes(db) {
      const r = await sql<{ n: string }>`select (pg_total_relation_size('search_documents') + pg_total_relation_size('search_facets') + pg_total_relation_size('search_terms'))::text as n`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  };
}
