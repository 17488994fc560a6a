import type { Kysely } from 'kysely';

// Frozen once merged: a later change is a new migration.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  // "Doe je mee?": what visitors send in, and what the editors did with it.
  await db.schema
    .createTable('contributions')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)')
    .addColumn('file_stored_name', 'varchar(100)')
    .addColumn('file_type', 'varchar(100)')
    .addColumn('file_size', 'integer')
    // Personal data: optional, erased on request and a configurable time after handling.
    .addColumn('name', 'varchar(200)')
    .addColumn('email', 'varchar(254)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('contact_erased_at', 'varchar(30)')
    // SHA-256 of the private status link's token; the token itself is only in the submitter's mail.
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('record_type', 'varchar(20)')
    .addColumn('record_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('handled_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('contributions_status_idx').on('contributions').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('contributions_email_idx').on('contributions').column('email').execute();

  // The conversation on a submission: questions, decisions and their reasons, as shown on the status page.
  await db.schema
    .createTable('contribution_messages')
    .addColumn('id', 'integer', id)
    .addColumn('contribution_id', 'integer', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_label', 'varchar(300)', (c) => c.notNull())
    .addColumn('mailed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contribution_messages_contribution_idx').on('contribution_messages').column('contribution_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contribution_messages').execute();
  await db.schema.dropTable('contributions').execute();
}
