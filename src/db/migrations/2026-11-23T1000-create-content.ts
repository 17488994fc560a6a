import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change is a new migration.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  await db.schema
    .createTable('audiences')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('themes')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_id', 'integer', (c) => c.references('themes.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', id)
    .addColumn('type', 'varchar(20)', (c) => c.notNull())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('draft'))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('valid_until', 'varchar(10)')
    .addColumn('published_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_reviewed_at', 'varchar(30)')
    .addColumn('review_by', 'varchar(10)')
    .execute();
  await db.schema.createIndex('items_status_published_idx').on('items').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('items_type_idx').on('items').column('type').execute();

  await db.schema
    .createTable('item_audiences')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('audience_id', 'integer', (c) => c.notNull().references('audiences.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_audiences_pk', ['item_id', 'audience_id'])
    .execute();
  await db.schema.createIndex('item_audiences_audience_idx').on('item_audiences').column('audience_id').execute();

  await db.schema
    .createTable('item_themes')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('theme_id', 'integer', (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_themes_pk', ['item_id', 'theme_id'])
    .execute();
  await db.schema.createIndex('item_themes_theme_idx').on('item_themes').column('theme_id').execute();

  await db.schema
    .createTable('item_sources')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('url', 'varchar(2000)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('item_sources_item_idx').on('item_sources').column('item_id').execute();

  await db.schema
    .createTable('item_relations')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('item_relations_pk', ['item_id', 'related_id'])
    .execute();

  await db.schema
    .createTable('pages')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  void sql;
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['pages', 'item_relations', 'item_sources', 'item_themes', 'item_audiences', 'items', 'themes', 'audiences']) {
    await db.schema.dropTable(table).execute();
  }
}
