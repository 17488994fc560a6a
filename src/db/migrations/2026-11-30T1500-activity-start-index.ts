import type { Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

// The calendar counts and reads single events in start order, a page at a time (50,000 activities
// in the load bench). On SQLite the index also holds what tells a single event from a series, so
// counting and finding the page never read the wide rows. PostgreSQL keeps it to the two dates: a
// long RDATE list could pass its limit on the size of an index entry.
export async function up(db: Kysely<any>): Promise<void> {
  const columns = isPostgres(db) ? ['starts_at', 'last_ends_at'] : ['starts_at', 'last_ends_at', 'rrule', 'rdates'];
  await db.schema.createIndex('activities_window_idx').on('activities').columns(columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activities_window_idx').execute();
}
