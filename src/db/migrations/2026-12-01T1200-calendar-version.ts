import { sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

const TABLES = ['activities', 'activity_audiences', 'activity_overrides'] as const;

// The calendar keeps its upcoming occurrences in memory (events.service.ts, 50,000 activities in the
// load bench). One counter, raised by the database on every write to the calendar's tables, tells
// each app process when its copy is out of date: writes through the app, another process, the CLI
// or plain SQL alike.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('calendar_version').values({ id: 1, version: 0 }).execute();
  if (isPostgres(db)) {
    await sql`create function calendar_version_bump() returns trigger language plpgsql as $$
      begin
        update calendar_version set version = version + 1 where id = 1;
        return null;
      end $$`.execute(db);
    for (const table of TABLES) {
      await sql`create trigger ${sql.raw(`${table}_version`)} after insert or update or delete or truncate on ${sql.table(table)} for each statement execute function calendar_version_bump()`.execute(db);
    }
  } else {
    for (const table of TABLES) {
      for (const op of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.raw(`${table}_version_${op}`)} after ${sql.raw(op)} on ${sql.table(table)} begin update calendar_version set version = version + 1 where id = 1; end`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of TABLES) await sql`drop trigger if exists ${sql.raw(`${table}_version`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function if exists calendar_version_bump()`.execute(db);
  } else {
    for (const table of TABLES) for (const op of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.raw(`${table}_version_${op}`)}`.execute(db);
  }
  await db.schema.dropTable('calendar_version').execute();
}
