import type { Kysely } from 'kysely';

// Frozen once merged: a later change is a new migration.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  // Every save of an item: a JSON snapshot of all its fields and links.
  await db.schema
    .createTable('item_revisions')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('user_label', 'varchar(300)', (c) => c.notNull())
    .addColumn('note', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('item_revisions_item_number_uq', ['item_id', 'number'])
    .execute();

  // Old slugs keep working: /kennis/<old> answers 301 to the item's current slug.
  await db.schema
    .createTable('item_redirects')
    .addColumn('old_slug', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('stored_name', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_item_idx').on('attachments').column('item_id').execute();

  // Outcome of the last check of every external link (sources and links in the body) per item.
  await db.schema
    .createTable('link_checks')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('url', 'varchar(2000)', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'varchar(300)')
    .addColumn('checked_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('link_checks_item_idx').on('link_checks').column('item_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['link_checks', 'attachments', 'item_redirects', 'item_revisions']) await db.schema.dropTable(table).execute();
}
