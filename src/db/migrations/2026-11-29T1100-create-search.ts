import { sql, type Kysely } from 'kysely';

// The site search index, fed by the Dutch analyzer in src/search (never by a database tokenizer).
// Frozen once merged: a later change is a new migration.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  // One row per indexed record of any feature (kind = item, later organisation, service, activity).
  // *_terms hold the analyzer's output, space-separated, in text order.
  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('url', 'varchar(500)', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('last_reviewed_at', 'varchar(30)')
    .addColumn('valid_until', 'varchar(10)')
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('summary_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_kind_ref_uq', ['kind', 'ref_id'])
    .execute();
  await db.schema.createIndex('search_documents_type_idx').on('search_documents').column('type').execute();
  // Ranking and filtering thousands of matches only needs these columns: a covering index keeps
  // SQLite from reading each row's long text (and its overflow pages).
  await db.schema.createIndex('search_documents_rank_idx').on('search_documents').columns(['id', 'valid_until', 'type', 'kind']).execute();

  if (pg) {
    // 'simple' only lower-cases and splits on spaces: the terms are already stemmed and folded.
    await sql`alter table search_documents add column tsv tsvector generated always as (
      setweight(to_tsvector('simple'::regconfig, title_terms), 'A') ||
      setweight(to_tsvector('simple'::regconfig, summary_terms), 'B') ||
      setweight(to_tsvector('simple'::regconfig, body_terms), 'C')) stored`.execute(db);
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  } else {
    // External content: the terms are stored once, in search_documents.
    await sql`create virtual table search_fts using fts5(title_terms, summary_terms, body_terms,
      content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  }

  // Facets to filter on: audience and theme slugs (a theme's parents too).
  await db.schema
    .createTable('search_facets')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('search_documents.id').onDelete('cascade'))
    .addColumn('name', 'varchar(20)', (c) => c.notNull())
    .addColumn('value', 'varchar(100)', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facets_pk', ['document_id', 'name', 'value'])
    .execute();
  await db.schema.createIndex('search_facets_value_idx').on('search_facets').columns(['name', 'value', 'document_id']).execute();

  // The index's own vocabulary (term → number of documents), for compound splitting and typos.
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('doc_count', 'integer', (c) => c.notNull())
    .execute();

  // A token that changes on every index or synonym change, so each process knows when to reload.
  await db.schema
    .createTable('search_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'varchar(40)', (c) => c.notNull())
    .execute();
  await db.insertInto('search_state').values({ id: 1, version: 'initial' }).execute();

  await db.schema
    .createTable('search_synonym_groups')
    .addColumn('id', 'integer', id)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .execute();

  // What visitors searched for: nothing that identifies a person (no IP, no cookie, no user).
  await db.schema
    .createTable('search_log')
    .addColumn('id', 'integer', id)
    .addColumn('query', 'varchar(200)', (c) => c.notNull())
    .addColumn('filters', 'varchar(500)', (c) => c.notNull().defaultTo('{}'))
    .addColumn('result_count', 'integer', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_log_created_idx').on('search_log').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  for (const table of ['search_log', 'search_synonym_groups', 'search_state', 'search_terms', 'search_facets', 'search_documents']) {
    await db.schema.dropTable(table).execute();
  }
}
