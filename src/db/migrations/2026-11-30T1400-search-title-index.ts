import { sql, type Kysely } from 'kysely';

// A full-text index over titles alone. With tens of thousands of matches the search takes the
// records with every word in the title as its first candidates; filtering the whole index on the
// title column walked every match (FTS5 column filter, tsquery weights rechecked on every row).
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table search_documents add column title_tsv tsvector generated always as (to_tsvector('simple'::regconfig, title_terms)) stored`.execute(db);
    await sql`create index search_documents_title_tsv_idx on search_documents using gin (title_tsv)`.execute(db);
    // Statistics for the new column: without them the planner expects a handful of title matches
    // and sorts thousands instead of walking the newest rows until it has enough.
    await sql`analyze search_documents`.execute(db);
  } else {
    await sql`create virtual table search_title_fts using fts5(title_terms,
      content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
    await sql`insert into search_title_fts (search_title_fts) values ('rebuild')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index if exists search_documents_title_tsv_idx`.execute(db);
    await sql`alter table search_documents drop column if exists title_tsv`.execute(db);
  } else {
    await sql`drop table if exists search_title_fts`.execute(db);
  }
}
