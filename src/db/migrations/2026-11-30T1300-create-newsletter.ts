import type { Kysely } from 'kysely';

// Frozen once merged. The newsletter: subscribers (double opt-in), editions and digests with a
// snapshot of what they list, and one send row per recipient (claimed before sending: never twice).
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());
  await db.schema
    .createTable('newsletter_subscribers')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
    .addColumn('token', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('audiences', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('region', 'varchar(120)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('confirmed_at', 'varchar(30)')
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('newsletter_subscribers_status_idx').on('newsletter_subscribers').column('status').execute();

  await db.schema
    .createTable('newsletter_editions')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('only_matching', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('newsletter_entries')
    .addColumn('id', 'integer', id)
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('newsletter_editions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('ref', 'varchar(200)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'varchar(500)', (c) => c.notNull())
    .addColumn('starts_at', 'varchar(30)')
    .addColumn('place', 'varchar(200)')
    .addColumn('audiences', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('regions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('newsletter_entries_edition_idx').on('newsletter_entries').columns(['edition_id', 'position']).execute();

  await db.schema
    .createTable('newsletter_sends')
    .addColumn('id', 'integer', id)
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('newsletter_editions.id').onDelete('cascade'))
    .addColumn('subscriber_id', 'integer')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_at', 'varchar(30)')
    .addColumn('sent_at', 'varchar(30)')
    .addColumn('error', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('newsletter_sends_edition_subscriber', ['edition_id', 'subscriber_id'])
    .execute();
  await db.schema.createIndex('newsletter_sends_status_idx').on('newsletter_sends').columns(['edition_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('newsletter_sends').execute();
  await db.schema.dropTable('newsletter_entries').execute();
  await db.schema.dropTable('newsletter_editions').execute();
  await db.schema.dropTable('newsletter_subscribers').execute();
}
