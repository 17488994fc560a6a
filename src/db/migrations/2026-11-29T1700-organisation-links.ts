import type { Kysely } from 'kysely';

// A partner account and an activity belong to a directory organisation, whose id is its HSDS UUID
// (text): the integer columns of the first migrations could not hold it. They were never filled.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['users', 'activities']) {
    await db.schema.alterTable(table).dropColumn('organisation_id').execute();
    await db.schema.alterTable(table).addColumn('organisation_id', 'varchar(64)').execute();
  }
  await db.schema.createIndex('users_organisation_idx').on('users').column('organisation_id').execute();
  await db.schema.createIndex('activities_organisation_idx').on('activities').column('organisation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activities_organisation_idx').execute();
  await db.schema.dropIndex('users_organisation_idx').execute();
  for (const table of ['users', 'activities']) {
    await db.schema.alterTable(table).dropColumn('organisation_id').execute();
    await db.schema.alterTable(table).addColumn('organisation_id', 'integer').execute();
  }
}
