import type { Kysely } from 'kysely';

// Frozen once merged: a later change is a new migration.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

// The activities calendar: activities (one row per series), the occurrences that a partner moved or
// changed (RECURRENCE-ID), and the audiences each activity is for.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', id)
    .addColumn('uid', 'varchar(300)', (c) => c.notNull().unique())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organiser', 'varchar(200)', (c) => c.notNull())
    // Links to a directory organisation once that exists; no foreign key yet on purpose.
    .addColumn('organisation_id', 'integer')
    .addColumn('venue', 'varchar(300)')
    .addColumn('address', 'varchar(300)')
    .addColumn('postcode', 'varchar(4)')
    .addColumn('nis_code', 'varchar(5)', (c) => c.references('municipalities.nis_code').onDelete('set null'))
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('online_url', 'varchar(1000)')
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .addColumn('time_zone_definition', 'text')
    .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('starts_local', 'varchar(19)', (c) => c.notNull())
    .addColumn('ends_local', 'varchar(19)', (c) => c.notNull())
    .addColumn('starts_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('ends_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('rrule', 'varchar(500)')
    .addColumn('rdates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('exdates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('last_ends_at', 'varchar(30)')
    .addColumn('price_cents', 'integer')
    .addColumn('price_note', 'varchar(300)')
    .addColumn('registration_url', 'varchar(1000)')
    .addColumn('places_left', 'integer')
    .addColumn('accessibility', 'text')
    .addColumn('info_url', 'varchar(1000)')
    .addColumn('source', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activities_kind_idx').on('activities').column('kind').execute();
  await db.schema.createIndex('activities_last_ends_at_idx').on('activities').column('last_ends_at').execute();
  await db.schema.createIndex('activities_nis_code_idx').on('activities').column('nis_code').execute();

  await db.schema
    .createTable('activity_audiences')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('audience_slug', 'varchar(100)', (c) => c.notNull().references('audiences.slug').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_audiences_pk', ['activity_id', 'audience_slug'])
    .execute();
  await db.schema.createIndex('activity_audiences_audience_idx').on('activity_audiences').column('audience_slug').execute();

  await db.schema
    .createTable('activity_overrides')
    .addColumn('id', 'integer', id)
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    // the original occurrence's wall-clock start in the activity's zone (RECURRENCE-ID)
    .addColumn('recurrence_local', 'varchar(19)', (c) => c.notNull())
    .addColumn('starts_local', 'varchar(19)', (c) => c.notNull())
    .addColumn('ends_local', 'varchar(19)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)')
    .addColumn('description', 'text')
    .addColumn('venue', 'varchar(300)')
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('activity_overrides_unique', ['activity_id', 'recurrence_local'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('activity_overrides').execute();
  await db.schema.dropTable('activity_audiences').execute();
  await db.schema.dropTable('activities').execute();
}
