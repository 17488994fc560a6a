import { sql, type Kysely } from 'kysely';

// PostgreSQL only (nothing on SQLite):
// - `search reindex` builds the new index in tables of the same names in schema search_rebuild and
//   moves them into place at the end (src/search/search.store-postgres.ts), so searches keep
//   reading the old index meanwhile. The schema stays empty between rebuilds.
// - Statistics on every index term: with the default target the planner knows the 1,000 most
//   common terms and guesses the rest, and an AND of a few words it took for thousands of matches
//   (a walk backwards through every record for the newest) had a few hundred. None on the text
//   columns no query filters on: analyzing them took most of the 40 s an analyze of 100,000
//   documents took (every reindex analyzes its new tables).
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

const UNFILTERED = ['url', 'title', 'summary', 'body', 'title_terms', 'summary_terms', 'body_terms'];

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create schema if not exists search_rebuild`.execute(db);
  await sql`alter table search_documents alter column tsv set statistics 1000, alter column title_tsv set statistics 1000`.execute(db);
  await sql.raw(`alter table search_documents ${UNFILTERED.map((c) => `alter column ${c} set statistics 0`).join(', ')}`).execute(db);
  await sql`analyze search_documents`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table search_documents alter column tsv set statistics -1, alter column title_tsv set statistics -1`.execute(db);
  await sql.raw(`alter table search_documents ${UNFILTERED.map((c) => `alter column ${c} set statistics -1`).join(', ')}`).execute(db);
  await sql`drop schema if exists search_rebuild cascade`.execute(db);
}
