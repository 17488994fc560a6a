import { sql, type Kysely } from 'kysely';

// PostgreSQL: `search reindex` builds the new index in tables of the same names in this schema
// and moves them into place at the end (src/search/search.store-postgres.ts), so searches keep
// reading the old index meanwhile. The schema stays empty between rebuilds. Nothing on SQLite.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`create schema if not exists search_rebuild`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`drop schema if exists search_rebuild cascade`.execute(db);
}
